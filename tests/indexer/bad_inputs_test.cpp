// An archive with every kind of bad input beside a good file: each bad one is named with
// its reason, the good one is indexed, and the exit status says something failed. Runs
// the real `indexer build`, as an operator would.

#include <fstream>
#include <random>

#include <unistd.h>

#include <gtest/gtest.h>
#include <xapian.h>

#include "tests/support/paths.hpp"
#include "tests/support/renderings.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string quoted(const fs::path& path) {
    std::string out = "'";
    out.append(path.string()).push_back('\'');  // appended: GCC 12 misreads "'" + string (-Wrestrict)
    return out;
}

const char* header = "REFERAT Sundhedsklynge Fyn - Politisk niveau d. 15-01-2020\n\n";

class BadInputs : public ::testing::Test {
protected:
    void SetUp() override {
        const fs::path archive = archive_.path();
        const std::string seed = read_file(corpus_dir() / "000_89ab1bd39e62ef43.txt");
        write(archive / "good.txt", seed);
        write(archive / "empty.txt", "");
        std::mt19937 random(3);
        std::string noise(1 << 20, '\0');
        for (auto& c : noise) c = static_cast<char>(random() & 0xFF);
        write(archive / "garbage.txt", noise);
        write(archive / "wide.txt", to_utf16(seed, true).substr(2));  // UTF-16 without its BOM
        const std::string pdf = render_pdf(seed, "Referat");
        write(archive / "truncated.pdf", pdf.substr(0, pdf.size() / 2));
        write(archive / "scanned.pdf", render_blank_pdf(2));
        write(archive / "too-big.txt", std::string(header) + "Punkt 1: Stort\n" + std::string(3 << 20, 'x') + "\n");
        write(archive / "long-line.txt", std::string(header) + "Punkt 1: Lang\n" + std::string(300 * 1024, 'y') + "\n");
        std::string headings = header;
        for (int i = 1; i <= 9000; ++i)  // item numbers have at most four digits
            headings += "Punkt " + std::to_string(i) + ": Emne " + std::to_string(i) + "\nBeslutning\nGodkendt.\n\n";
        write(archive / "many-headings.txt", headings);
        fs::create_symlink(archive / "loop-b", archive / "loop-a");
        fs::create_symlink(archive / "loop-a", archive / "loop-b");
        write(archive / "locked" / "inside.txt", seed);
        fs::permissions(archive / "locked", fs::perms::none);
        fs::permissions(archive_.path(), fs::perms::all);  // the index below may be written by another user
    }
    void TearDown() override { fs::permissions(archive_.path() / "locked", fs::perms::owner_all); }

    // Root reads every folder: run the indexer as "nobody" so that permissions count.
    CommandResult build(const std::string& options) {
        const std::string as_user = geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
        return run_command(as_user + indexer_binary().string() + " build --index " + quoted(archive_.path() / "index") +
                           " --max-file-size 2 " + options + " " + quoted(archive_.path()));
    }

    TempDir archive_;
};

TEST_F(BadInputs, EachIsNamedWithItsReasonAndTheRestIsIndexed) {
    const CommandResult result = build("");
    EXPECT_EQ(result.status, 1) << result.output;
    const std::string& out = result.output;
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"empty.txt", "the file is empty"},
        {"garbage.txt", "binary data, not minutes text"},
        {"wide.txt", "UTF-16 text without a byte order mark"},
        {"truncated.pdf", "a truncated PDF"},
        {"scanned.pdf", "a PDF without text (2 pages"},
        {"too-big.txt", "the file is 3.0 MB, larger than the limit of 2.0 MB"},
        {"long-line.txt:4", "a line of 0.3 MB, where a line of minutes is at most 256 KB"},
        {"loop-a", "cannot tell what it is: Too many levels of symbolic links"},
        {"loop-b", "cannot tell what it is: Too many levels of symbolic links"},
        {"locked", "cannot read the folder: Permission denied"},
    };
    for (const auto& [file, reason] : expected) {
        const std::string line = "failed: " + (archive_.path() / file).string() + ": " + reason;
        EXPECT_NE(out.find(line), std::string::npos) << "missing: " << line << "\n" << out;
    }
    EXPECT_NE(out.find("files: 9 seen: 2 added"), std::string::npos) << out;
    const Xapian::Database db((archive_.path() / "index").string());
    EXPECT_EQ(db.get_doccount(), 3u + 9000u) << "good.txt's three items and the 9,000 headings";
}

TEST_F(BadInputs, QuietPrintsOnlyWhatFailedAndJsonTheWholeReport) {
    const CommandResult quiet = build("--quiet");
    EXPECT_EQ(quiet.status, 1);
    EXPECT_EQ(quiet.output.find("files:"), std::string::npos) << quiet.output;
    EXPECT_NE(quiet.output.find("failed: " + (archive_.path() / "empty.txt").string()), std::string::npos);
    const CommandResult json = build("--json --quiet");
    EXPECT_NE(json.output.find("\"unchanged\": 2"), std::string::npos) << json.output;
    EXPECT_NE(json.output.find("\"reason\": \"the file is empty\""), std::string::npos);
}

}  // namespace
}  // namespace rs::test
