// A build that writes an index from nothing compacts it in place (indexer/index/compaction.hpp);
// an update leaves it as it is.
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "indexer/index/build.hpp"
#include "indexer/index/compaction.hpp"
#include "tests/search/test_corpus.hpp"
#include "tests/support/paths.hpp"

namespace fs = std::filesystem;

namespace {

const std::vector<rs::schema::Minutes>& minutes() {
    static const auto all = rs::test::generate_minutes(60, 17);
    return all;
}

// A folder of files, each naming one of minutes() by its number.
void write_files(const fs::path& folder) {
    for (std::size_t i = 0; i < minutes().size(); ++i) std::ofstream(folder / (std::to_string(i) + ".txt")) << i;
}

rs::schema::Minutes read_by_number(std::string_view bytes, const fs::path&) {
    rs::schema::Minutes file = minutes().at(std::stoul(std::string(bytes.substr(0, bytes.find(' ')))));
    if (bytes.find(" changed") != std::string_view::npos) file.items.front().title += " (rettet)";
    return file;
}

std::uintmax_t bytes_on_disk(const fs::path& dir) {
    std::uintmax_t total = 0;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file()) total += entry.file_size();
    return total;
}

// Every document's id term and stored record, by docid.
std::vector<std::pair<std::string, std::string>> documents(const fs::path& dir) {
    Xapian::Database db(dir.string());
    std::vector<std::pair<std::string, std::string>> out;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        const Xapian::Document doc = db.get_document(*it);
        auto term = doc.termlist_begin();
        term.skip_to("Q");
        out.emplace_back(std::to_string(*it) + " " + *term, doc.get_data());
    }
    return out;
}

TEST(Compaction, ANewIndexIsCompactedInPlaceWithTheSameDocuments) {
    rs::test::TempDir corpus;
    rs::test::TempDir parent;
    write_files(corpus.path());
    const fs::path compacted = parent.path() / "compacted";
    const fs::path as_written = parent.path() / "as-written";
    rs::indexer::BuildOptions keep;
    keep.compact_new_index = false;
    const auto a = rs::indexer::build_index_with(compacted, {corpus.path()}, read_by_number);
    const auto b = rs::indexer::build_index_with(as_written, {corpus.path()}, read_by_number, keep);
    EXPECT_TRUE(a.compacted);
    EXPECT_FALSE(b.compacted);
    ASSERT_GT(a.documents, 100u);
    EXPECT_EQ(a.documents, b.documents);
    EXPECT_EQ(documents(compacted), documents(as_written)) << "the same items under the same docids";
    EXPECT_LT(bytes_on_disk(compacted), bytes_on_disk(as_written));
    EXPECT_FALSE(fs::exists(rs::indexer::compaction_dir(compacted))) << "the old index is deleted";
    // The compacted index is written to as any other.
    std::ofstream(corpus.path() / "0.txt") << "0 changed";
    const auto update = rs::indexer::build_index_with(compacted, {corpus.path()}, read_by_number);
    EXPECT_EQ(update.files_changed, 1u);
    EXPECT_FALSE(update.compacted) << "an update leaves the index as it is";
    EXPECT_EQ(update.documents, a.documents);
}

TEST(Compaction, WhatAnInterruptedCompactionLeftIsDeletedByTheNextWriter) {
    rs::test::TempDir corpus;
    rs::test::TempDir parent;
    write_files(corpus.path());
    const fs::path index = parent.path() / "index";
    rs::indexer::build_index_with(index, {corpus.path()}, read_by_number);
    const fs::path leftover = rs::indexer::compaction_dir(index);
    fs::create_directories(leftover);
    std::ofstream(leftover / "postlist.glass") << "half a copy";
    rs::indexer::build_index_with(index, {corpus.path()}, read_by_number);
    EXPECT_FALSE(fs::exists(leftover));
    EXPECT_EQ(Xapian::Database(index.string()).get_doccount(), documents(index).size());
}

TEST(Compaction, TheCopyIsWrittenBesideTheIndex) {
    EXPECT_EQ(rs::indexer::compaction_dir("/var/lib/referatsog/index"), fs::path("/var/lib/referatsog/index.compacting"));
    EXPECT_EQ(rs::indexer::compaction_dir("/var/lib/referatsog/index/"), fs::path("/var/lib/referatsog/index.compacting"));
}

}  // namespace
