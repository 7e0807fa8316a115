// generate_corpus as a user runs it: bad arguments name the parameter and exit 2, a
// non-empty folder is refused, a good run prints one summary line.
#include <algorithm>
#include <fstream>

#include <gtest/gtest.h>

#include "bench/corpus_generator/command_line.hpp"
#include "tests/support/paths.hpp"

namespace cg = rs::corpus_generator;

namespace {

rs::test::CommandResult generate(const std::string& arguments) {
    return rs::test::run_command(std::string(GENERATE_CORPUS_BIN) + " " + arguments);
}

std::string error_of(const std::vector<std::string>& args) {
    try {
        cg::parse_command_line(args);
    } catch (const cg::UsageError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(CommandLine, BadArgumentsNameTheParameter) {
    EXPECT_NE(error_of({"--out", "x"}).find("--items"), std::string::npos);
    EXPECT_NE(error_of({"--items", "10"}).find("--out"), std::string::npos);
    EXPECT_NE(error_of({"--items", "12x", "--out", "x"}).find("--items: '12x'"), std::string::npos);
    EXPECT_NE(error_of({"--items", "0", "--out", "x"}).find("--items: 0 is out of range"), std::string::npos);
    EXPECT_NE(error_of({"--items", "9999999", "--out", "x"}).find("--items"), std::string::npos);
    EXPECT_NE(error_of({"--items", "5", "--out", "x", "--seed", "-1"}).find("--seed"), std::string::npos);
    EXPECT_NE(error_of({"--items", "5", "--out", "x", "--formats", "text,pdf"}).find("--formats: unknown format 'pdf'"),
              std::string::npos);
    EXPECT_NE(error_of({"--items", "5", "--out", "x", "--jobs", "0"}).find("--jobs"), std::string::npos);
    EXPECT_NE(error_of({"--items", "5", "--out", "x", "--colour", "red"}).find("--colour"), std::string::npos);
    EXPECT_NE(error_of({"--items"}).find("--items needs a value"), std::string::npos);
    const auto parsed = cg::parse_command_line({"--items", "5", "--out", "x", "--formats", "html,text", "--seed", "9"});
    EXPECT_EQ(parsed.options.items, 5u);
    EXPECT_EQ(parsed.options.seed, 9u);
    EXPECT_EQ(parsed.options.formats, (std::vector<cg::OutputFormat>{cg::OutputFormat::html, cg::OutputFormat::text}));
}

TEST(CommandLine, TheBinaryExitsTwoOnBadArgumentsAndRefusesAFullFolder) {
    rs::test::TempDir dir;
    const auto missing = generate("--items ten --out " + dir.path().string());
    EXPECT_EQ(missing.status, 2);
    EXPECT_NE(missing.output.find("--items: 'ten' is not a whole number"), std::string::npos) << missing.output;
    std::ofstream(dir.path() / "already.txt") << "x";
    const auto full = generate("--items 10 --out " + dir.path().string());
    EXPECT_EQ(full.status, 2);
    EXPECT_NE(full.output.find("is not empty"), std::string::npos) << full.output;
    const auto no_words = generate("--items 10 --out " + (dir.path() / "new").string() + " --words /nonexistent/da.dic");
    EXPECT_EQ(no_words.status, 1);
    EXPECT_NE(no_words.output.find("/nonexistent/da.dic"), std::string::npos) << no_words.output;
}

TEST(CommandLine, AGoodRunPrintsOneSummaryLineAndWritesTheManifest) {
    rs::test::TempDir dir;
    const auto run = generate("--items 40 --seed 3 --formats markdown --out " + (dir.path() / "c").string() +
                              " --manifest " + (dir.path() / "m.json").string() + " --vocabulary-from " +
                              rs::test::corpus_dir().string());
    ASSERT_EQ(run.status, 0) << run.output;
    EXPECT_EQ(run.output.rfind("wrote ", 0), 0u) << run.output;
    EXPECT_NE(run.output.find("items (40 open"), std::string::npos) << run.output;
    EXPECT_EQ(std::count(run.output.begin(), run.output.end(), '\n'), 1);
    const std::string manifest = rs::test::read_file(dir.path() / "m.json");
    EXPECT_NE(manifest.find("\"open_items\": 40"), std::string::npos);
    EXPECT_NE(manifest.find("\"markdown\""), std::string::npos);
    EXPECT_EQ(manifest.find("\"html\""), std::string::npos);
}
