// `indexer check` and the build report: what the parser is unsure of reaches the person
// who runs them, per file.

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "indexer/check_command.hpp"
#include "indexer/index/build.hpp"
#include "tests/support/paths.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
}

class CheckedArchive : public ::testing::Test {
protected:
    CheckedArchive() {
        write(dir_.path() / "good.txt",
              "REFERAT Sundhedsklynge Fyn - Politisk niveau d. 15-01-2020\n\n"
              "Punkt 1: Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
              "Punkt 2: Status på akutområdet\nSagsfremstilling\nStatus.\nBeslutning\nTaget til efterretning.\n");
        write(dir_.path() / "undated.txt",
              "Referat fra Sundhedsklynge Fyn\n\n"
              "Punkt 1: Budget\n\nPunkt 2: Status på akutområdet\nBeslutning\nTaget til efterretning.\n");
        write(dir_.path() / "prose.txt", "Dette er et brev uden dagsorden.\nMed venlig hilsen\n");
    }
    TempDir dir_;
};

TEST_F(CheckedArchive, CheckNamesEveryFileWithWhatItUnderstoodAndDoubts) {
    std::ostringstream out;
    const int status = indexer::run_check({dir_.path()}, out);
    const std::string text = out.str();
    EXPECT_EQ(status, 1) << "a file was not understood";
    EXPECT_NE(text.find("good.txt: 2 items · Sundhedsklynge Fyn · Politisk niveau · 2020-01-15 · referat\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("undated.txt: 2 items · Sundhedsklynge Fyn"), std::string::npos) << text;
    EXPECT_NE(text.find("  warning: no meeting date found in the header"), std::string::npos) << text;
    EXPECT_NE(text.find("  warning: items without any text under their heading: 1"), std::string::npos) << text;
    EXPECT_NE(text.find("prose.txt: not understood: no agenda items found"), std::string::npos) << text;
    EXPECT_NE(text.find("3 files: 1 clean, 1 with warnings, 1 not understood"), std::string::npos) << text;
}

TEST_F(CheckedArchive, CheckOfCleanFilesSucceeds) {
    std::ostringstream out;
    EXPECT_EQ(indexer::run_check({dir_.path() / "good.txt"}, out), 0) << out.str();
}

TEST_F(CheckedArchive, TheBuildReportCarriesEachFilesWarnings) {
    TempDir index;
    const auto report = indexer::build_index(index.path(), {dir_.path()});
    bool dated = false;
    for (const auto& warning : report.warnings)
        dated = dated || (warning.find("undated.txt: no meeting date found") != std::string::npos);
    EXPECT_TRUE(dated) << indexer::summary(report);
    EXPECT_NE(indexer::summary(report).find("warning: "), std::string::npos);
    EXPECT_EQ(report.failed.size(), 1u);
}

}  // namespace
}  // namespace rs::test
