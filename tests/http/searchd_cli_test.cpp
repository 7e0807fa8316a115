// searchd's command line through the real binary: exit codes and messages.

#include <gtest/gtest.h>

#include "tests/support/paths.hpp"

namespace rs::test {
namespace {

CommandResult searchd(const std::string& args) { return run_command(searchd_binary().string() + " " + args); }

TEST(SearchdCli, BadArgumentsExit2NamingTheArgument) {
    const struct {
        const char* args;
        const char* named;
    } cases[] = {{"", "--index"},
                 {"--index /tmp --listen nowhere", "--listen"},
                 {"--index /tmp --threads 0", "--threads"},
                 {"--index /tmp --frobnicate", "--frobnicate"}};
    for (const auto& c : cases) {
        const auto result = searchd(c.args);
        EXPECT_EQ(result.status, 2) << c.args << "\n" << result.output;
        EXPECT_NE(result.output.find(c.named), std::string::npos) << result.output;
        EXPECT_NE(result.output.find("usage:"), std::string::npos) << result.output;
    }
}

TEST(SearchdCli, HelpExits0) {
    const auto result = searchd("--help");
    EXPECT_EQ(result.status, 0);
    EXPECT_NE(result.output.find("--index"), std::string::npos);
}

TEST(SearchdCli, MissingIndexExits1NamingTheDirectory) {
    TempDir dir;
    const auto missing = dir.path() / "no-such-index";
    const auto result = searchd("--index '" + missing.string() + "' --listen 127.0.0.1:0");
    EXPECT_EQ(result.status, 1) << result.output;
    EXPECT_NE(result.output.find(missing.string()), std::string::npos) << result.output;
}

TEST(SearchdCli, UnusableIndexExits1NamingTheDirectory) {
    TempDir dir;  // exists, but holds no index
    const auto result = searchd("--index '" + dir.path().string() + "' --listen 127.0.0.1:0");
    EXPECT_EQ(result.status, 1) << result.output;
    EXPECT_NE(result.output.find(dir.path().string()), std::string::npos) << result.output;
}

}  // namespace
}  // namespace rs::test
