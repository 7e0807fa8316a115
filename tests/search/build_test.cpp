// build_index_with: which files are read, and that one bad file never stops the others.
// A fake reader stands in for the parser, so these tests need no minutes fixtures.
#include <fstream>
#include <set>

#include <gtest/gtest.h>
#include <xapian.h>

#include "indexer/index/build.hpp"
#include "indexer/index/input_files.hpp"
#include "indexer/read_minutes.hpp"
#include "schema/ids.hpp"
#include "tests/search/test_corpus.hpp"
#include "tests/support/paths.hpp"

namespace fs = std::filesystem;
using rs::indexer::build_index_with;

namespace {
void touch(const fs::path& path, const std::string& content = "x") {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << content;
}

// Reads a "file" whose content is the meeting date; "fail" in the content throws.
rs::schema::Minutes fake_read(std::string_view bytes, const fs::path& path) {
    const std::string content(bytes);
    if (content.find("fail") != std::string::npos) throw std::runtime_error("no agenda structure found");
    if (content.find("parse") != std::string::npos)
        throw rs::indexer::ParseError(path.filename().string(), 7, "no Punkt heading");
    auto meeting = rs::test::make_meeting("Randersklyngen", "Politisk niveau", content, "referat", "ignored");
    return rs::test::make_minutes(meeting, {rs::test::make_item(meeting, 1, "Demens " + path.filename().string())});
}
}  // namespace

TEST(InputFiles, WalksFoldersSortedSkippingHiddenAndFormatsItCannotRead) {
    rs::test::TempDir dir;
    touch(dir.path() / "b.txt");
    touch(dir.path() / "a.md");
    touch(dir.path() / "sub" / "c.TXT");
    touch(dir.path() / ".hidden.txt");
    touch(dir.path() / ".git" / "d.txt");
    touch(dir.path() / "bilag.docx");
    touch(dir.path() / "2024" / "referat.pdf");
    touch(dir.path() / "web" / "referat.HTM");
    rs::indexer::BuildReport report;
    const auto files = rs::indexer::collect_input_files({dir.path(), dir.path() / "b.txt"}, report);
    ASSERT_EQ(files.size(), 5u);
    EXPECT_EQ(files[0].source, "2024/referat.pdf");
    EXPECT_EQ(files[1].source, "a.md");
    EXPECT_EQ(files[2].source, "b.txt");
    EXPECT_EQ(files[3].source, "sub/c.TXT");
    EXPECT_EQ(files[4].source, "web/referat.HTM");
    ASSERT_EQ(report.skipped.size(), 1u);
    EXPECT_NE(report.skipped[0].file.find("bilag.docx"), std::string::npos);
    EXPECT_NE(report.skipped[0].reason.find(".docx"), std::string::npos);
}

TEST(InputFiles, SymlinkLoopsAreReportedWithTheReasonAndTheRestIsRead) {
    rs::test::TempDir dir;
    touch(dir.path() / "a.txt");
    fs::create_symlink(dir.path() / "loop1", dir.path() / "loop2");
    fs::create_symlink(dir.path() / "loop2", dir.path() / "loop1");
    fs::create_directory_symlink(dir.path(), dir.path() / "sub-again");  // a folder linking back to its parent
    rs::indexer::BuildReport report;
    const auto files = rs::indexer::collect_input_files({dir.path(), dir.path() / "loop1"}, report);
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0].source, "a.txt");
    ASSERT_EQ(report.failed.size(), 3u);  // loop1 given, loop1 and loop2 found
    for (const auto& problem : report.failed)
        EXPECT_NE(problem.reason.find("Too many levels of symbolic links"), std::string::npos) << problem.reason;
}

TEST(InputFiles, ExplicitFileIsReadWhateverItsExtensionAndMissingInputIsReported) {
    rs::test::TempDir dir;
    touch(dir.path() / "referat.docx.txt");
    touch(dir.path() / "referat.log");
    rs::indexer::BuildReport report;
    const auto files =
        rs::indexer::collect_input_files({dir.path() / "referat.log", dir.path() / "nowhere"}, report);
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0].source, "referat.log");
    ASSERT_EQ(report.failed.size(), 1u);
    EXPECT_NE(report.failed[0].file.find("nowhere"), std::string::npos);
}

TEST(BuildIndex, BadFileIsReportedAndTheOthersAreIndexed) {
    rs::test::TempDir corpus;
    rs::test::TempDir index;
    touch(corpus.path() / "1.txt", "2024-01-01");
    touch(corpus.path() / "2.txt", "fail");
    touch(corpus.path() / "3.txt", "2024-03-01");
    const auto report = build_index_with(index.path(), {corpus.path()}, fake_read);
    EXPECT_EQ(report.files_seen, 3u);
    EXPECT_EQ(report.files_indexed, 2u);
    ASSERT_EQ(report.failed.size(), 1u);
    EXPECT_NE(report.failed[0].file.find("2.txt"), std::string::npos);
    EXPECT_EQ(report.failed[0].reason, "no agenda structure found");
    EXPECT_EQ(report.items_indexed, 2u);
    EXPECT_EQ(report.documents, 2u);
    EXPECT_FALSE(report.ok());
    EXPECT_NE(rs::indexer::summary(report).find("2.txt"), std::string::npos);
    EXPECT_EQ(Xapian::Database(index.path().string()).get_doccount(), 2u);
}

TEST(BuildIndex, SourceIsThePathUnderTheFolderSoEqualNamesDoNotClash) {
    rs::test::TempDir corpus;
    rs::test::TempDir index;
    touch(corpus.path() / "2024" / "referat.txt", "2024-01-01");
    touch(corpus.path() / "2025" / "referat.txt", "2025-01-01");
    const auto report = build_index_with(index.path(), {corpus.path()}, fake_read);
    EXPECT_EQ(report.documents, 2u);
    // Re-running must not let one file's stale-item cleanup delete the other's items.
    const auto again = build_index_with(index.path(), {corpus.path()}, fake_read);
    EXPECT_EQ(again.items_deleted, 0u);
    EXPECT_EQ(again.documents, 2u);
    Xapian::Database db(index.path().string());
    EXPECT_TRUE(db.term_exists("XSOURCE2024/referat.txt"));
    EXPECT_TRUE(db.term_exists("XSOURCE2025/referat.txt"));
}

TEST(BuildIndex, FilesOfTheSameNameFromDifferentInputsKeepTheirItems) {
    rs::test::TempDir one;
    rs::test::TempDir two;
    rs::test::TempDir index;
    touch(one.path() / "referat.txt", "2024-01-01");
    touch(two.path() / "referat.txt", "2025-01-01");
    for (const auto& inputs : {std::vector<std::filesystem::path>{one.path(), two.path()},
                               std::vector<std::filesystem::path>{one.path() / "referat.txt", two.path() / "referat.txt"}}) {
        const auto report = build_index_with(index.path(), inputs, fake_read);
        EXPECT_EQ(report.documents, 2u) << rs::indexer::summary(report);
        EXPECT_EQ(report.items_deleted, 0u);
        EXPECT_EQ(report.warnings.size(), 2u);
    }
}

TEST(BuildIndex, IndexThatCannotBeOpenedThrows) {
    rs::test::TempDir corpus;
    touch(corpus.path() / "1.txt", "2024-01-01");
    EXPECT_THROW(build_index_with(corpus.path(), {corpus.path()}, fake_read), rs::indexer::IndexError);
}

TEST(BuildIndex, ParseErrorsKeepTheirLineAndReason) {
    rs::test::TempDir corpus;
    rs::test::TempDir index;
    touch(corpus.path() / "a.txt", "parse");
    touch(corpus.path() / "b.txt", "2024-01-01");
    const auto report = build_index_with(index.path(), {corpus.path()}, fake_read);
    ASSERT_EQ(report.failed.size(), 1u);
    EXPECT_EQ(report.failed[0].line, 7);
    EXPECT_EQ(report.failed[0].reason, "no Punkt heading");
    EXPECT_EQ(report.files_indexed, 1u);
}

TEST(BuildIndex, BundledCorpusWithTheRealParserIsIdempotent) {
    rs::test::TempDir index;
    const auto first = rs::indexer::build_index(index.path(), {rs::test::corpus_dir()});
    EXPECT_TRUE(first.ok()) << rs::indexer::summary(first);
    EXPECT_GT(first.documents, 0u);
    EXPECT_EQ(first.documents, first.items_indexed);
    std::set<std::string> ids;
    {
        Xapian::Database db(index.path().string());
        for (auto it = db.allterms_begin("Q"); it != db.allterms_end("Q"); ++it) ids.insert(*it);
    }
    // Read again although unchanged (--force): the same documents, nothing deleted.
    rs::indexer::BuildOptions force;
    force.force = true;
    const auto second = rs::indexer::build_index(index.path(), {rs::test::corpus_dir()}, force);
    EXPECT_EQ(second.files_indexed, first.files_indexed);
    EXPECT_EQ(second.documents, first.documents);
    EXPECT_EQ(second.items_deleted, 0u);
    Xapian::Database db(index.path().string());
    std::set<std::string> again;
    for (auto it = db.allterms_begin("Q"); it != db.allterms_end("Q"); ++it) again.insert(*it);
    EXPECT_EQ(again, ids);
}
