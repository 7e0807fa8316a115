// Incremental builds: an unchanged file is not read again, a changed one is, --prune
// removes the items of files gone from the folders given, a new indexer reads everything,
// and the index records whether its last build completed.

#include <fstream>

#include <gtest/gtest.h>
#include <xapian.h>

#include "indexer/index/build.hpp"
#include "schema/build_state.hpp"
#include "tests/search/test_corpus.hpp"
#include "tests/support/paths.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << content;
}

/// A reader that counts its calls: "date[,title]" becomes a meeting with one item.
struct CountingReader {
    std::shared_ptr<std::vector<std::string>> calls = std::make_shared<std::vector<std::string>>();
    indexer::MinutesReader reader() {
        auto seen = calls;
        return [seen](std::string_view bytes, const fs::path& path) {
            seen->push_back(path.filename().string());
            const std::string content(bytes);
            auto meeting = make_meeting("Randersklyngen", "Politisk niveau", content.substr(0, 10), "referat", "x");
            return make_minutes(meeting, {make_item(meeting, 1, "Demens " + content)});
        };
    }
};

indexer::BuildOptions with_fingerprint(const std::string& fingerprint) {
    indexer::BuildOptions options;
    options.fingerprint = fingerprint;
    return options;
}

class IncrementalBuild : public ::testing::Test {
protected:
    void SetUp() override {
        write(corpus_.path() / "a.txt", "2024-01-01");
        write(corpus_.path() / "b.txt", "2024-02-01");
        write(corpus_.path() / "sub" / "c.txt", "2024-03-01");
    }
    indexer::BuildReport build(const indexer::BuildOptions& options = with_fingerprint("v1")) {
        return indexer::build_index_with(index_.path(), {corpus_.path()}, counter_.reader(), options);
    }
    std::uint64_t documents() const { return Xapian::Database(index_.path().string()).get_doccount(); }

    TempDir corpus_;
    TempDir index_;
    CountingReader counter_;
};

TEST_F(IncrementalBuild, AnUnchangedCorpusIsNotReadAgainAndTheReportSaysSo) {
    const auto first = build();
    EXPECT_EQ(first.files_added, 3u);
    counter_.calls->clear();
    const auto again = build();
    EXPECT_TRUE(counter_.calls->empty());
    EXPECT_EQ(again.files_unchanged, 3u);
    EXPECT_EQ(again.files_indexed, 0u);
    EXPECT_EQ(again.documents, 3u);
    EXPECT_NE(indexer::summary(again).find("nothing to do: every file is unchanged"), std::string::npos);
}

TEST_F(IncrementalBuild, OnlyAChangedFileIsReadAgain) {
    build();
    counter_.calls->clear();
    write(corpus_.path() / "b.txt", "2024-02-01 amended");
    fs::last_write_time(corpus_.path() / "a.txt", fs::file_time_type::clock::now());  // touched, not changed
    const auto again = build(with_fingerprint("v1"));
    EXPECT_EQ(*counter_.calls, std::vector<std::string>{"b.txt"});
    EXPECT_EQ(again.files_changed, 1u);
    EXPECT_EQ(again.files_unchanged, 2u);
    ASSERT_EQ(again.files.size(), 3u);
    EXPECT_EQ(again.files[1].status, "changed");
    EXPECT_EQ(documents(), 3u);
}

TEST_F(IncrementalBuild, PruneRemovesTheItemsOfFilesGoneFromTheFolders) {
    build();
    fs::remove(corpus_.path() / "sub" / "c.txt");
    const auto kept = build();
    EXPECT_EQ(kept.files_gone, 1u);
    EXPECT_EQ(documents(), 3u) << "without --prune nothing is removed";
    indexer::BuildOptions prune = with_fingerprint("v1");
    prune.prune = true;
    const auto pruned = build(prune);
    EXPECT_EQ(pruned.files_removed, 1u);
    EXPECT_EQ(pruned.items_deleted, 1u);
    EXPECT_EQ(documents(), 2u);
    EXPECT_FALSE(Xapian::Database(index_.path().string()).term_exists("XSOURCEsub/c.txt"));
    // Files given one by one are no folder to prune from: an index of several archives
    // updated one archive at a time keeps the others.
    const auto other = indexer::build_index_with(index_.path(), {corpus_.path() / "a.txt"}, counter_.reader(), prune);
    EXPECT_EQ(other.files_removed, 0u);
    EXPECT_EQ(documents(), 2u);
}

TEST_F(IncrementalBuild, ANewIndexerOrForceReadsEveryFileAgain) {
    build();
    counter_.calls->clear();
    const auto upgraded = build(with_fingerprint("v2"));
    EXPECT_EQ(counter_.calls->size(), 3u);
    EXPECT_TRUE(upgraded.read_everything);
    counter_.calls->clear();
    auto force = with_fingerprint("v2");
    force.force = true;
    build(force);
    EXPECT_EQ(counter_.calls->size(), 3u);
    EXPECT_EQ(documents(), 3u);
}

TEST_F(IncrementalBuild, TheIndexRecordsThatItsBuildCompleted) {
    build();
    const Xapian::Database db(index_.path().string());
    const auto state = schema::decode_build_state(db.get_metadata(std::string(schema::build_state_key)));
    EXPECT_TRUE(state.complete);
    EXPECT_EQ(state.files_total, 3u);
    EXPECT_EQ(state.files_done, 3u);
    EXPECT_FALSE(state.finished.empty());
}

TEST(BuildState, EncodesAndDecodes) {
    const schema::BuildState state{false, 3900, 1000, "2026-12-02T01:00:00Z", ""};
    const auto back = schema::decode_build_state(schema::encode_build_state(state));
    EXPECT_FALSE(back.complete);
    EXPECT_EQ(back.files_total, 3900u);
    EXPECT_EQ(back.files_done, 1000u);
    EXPECT_TRUE(schema::decode_build_state("").complete) << "an index from before build states";
    EXPECT_FALSE(schema::decode_build_state("garbage").complete);
}

}  // namespace
}  // namespace rs::test
