// searchd's TOML configuration file: every setting, the command line overriding it, and
// errors that name the file, the line and the key.

#include "searchd/http/searchd_config.hpp"

#include <fstream>

#include <gtest/gtest.h>

#include "tests/support/paths.hpp"

namespace rs::http {
namespace {

class SearchdConfig : public ::testing::Test {
protected:
    std::string write(const std::string& text) {
        const auto path = dir_.path() / "searchd.toml";
        std::ofstream(path) << text;
        return path.string();
    }
    Parsed<SearchdOptions> parse(std::vector<const char*> args) { return parse_searchd_options(args); }
    test::TempDir dir_;
};

TEST_F(SearchdConfig, EverySettingIsRead) {
    const std::string file = write(
        "# Referatsøg\n"
        "[index]\npath = \"/var/lib/referatsog/index\"\n"
        "[server]\nlisten = \"0.0.0.0:8088\"\nthreads = 3\nmax_connections = 500\n"
        "public_url = \"https://referatsog.example.dk\"\nallowed_origins = [\"https://intranet.example.dk\", \"http://b:81\"]\n"
        "[log]\nqueries = true\n");
    const auto parsed = parse({"--config", file.c_str()});
    ASSERT_TRUE(parsed.ok()) << parsed.error().parameter << ": " << parsed.error().message;
    const SearchdOptions& options = parsed.value();
    EXPECT_EQ(options.index_dir, "/var/lib/referatsog/index");
    EXPECT_EQ(options.listen.host, "0.0.0.0");
    EXPECT_EQ(options.listen.port, 8088);
    EXPECT_EQ(options.threads, 3u);
    EXPECT_EQ(options.limits.max_connections, 500u);
    EXPECT_EQ(options.site.public_url, "https://referatsog.example.dk");
    EXPECT_EQ(options.site.allowed_origins, (std::vector<std::string>{"https://intranet.example.dk", "http://b:81"}));
    EXPECT_TRUE(options.log.queries);
}

TEST_F(SearchdConfig, AdminTokenFrameAncestorsAndLogFormat) {
    const auto token_file = dir_.path() / "admin.token";
    std::ofstream(token_file) << "fedcba9876543210-from-file\n";
    const std::string file = write("[index]\npath = \"/x\"\n[server]\nframe_ancestors = [\"https://intranet.example.dk\"]\n"
                                   "[log]\nformat = \"json\"\n[admin]\ntoken = \"0123456789abcdef-in-file\"\n");
    const auto parsed = parse({"--config", file.c_str()});
    ASSERT_TRUE(parsed.ok()) << parsed.error().parameter << ": " << parsed.error().message;
    EXPECT_EQ(parsed.value().site.frame_ancestors, std::vector<std::string>{"https://intranet.example.dk"});
    EXPECT_TRUE(parsed.value().log.json);
    EXPECT_EQ(parsed.value().admin.token, "0123456789abcdef-in-file");
    const auto from_file = parse({"--config", file.c_str(), "--admin-token-file", token_file.c_str()});
    ASSERT_TRUE(from_file.ok()) << from_file.error().message;
    EXPECT_EQ(from_file.value().admin.token, "fedcba9876543210-from-file") << "the file's newline is dropped";
    const auto on_command_line = parse({"--index", "/x", "--admin-token", "0123456789abcdef-visible"});
    ASSERT_FALSE(on_command_line.ok()) << "a token on the command line would show in ps";
    EXPECT_EQ(on_command_line.error().parameter, "--admin-token");
    const std::string weak = write("[admin]\ntoken = \"secret\"\n");
    const auto refused = parse({"--config", weak.c_str(), "--index", "/x"});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().parameter, weak + ":2: admin.token");
    EXPECT_NE(refused.error().message.find("at least 16"), std::string::npos) << refused.error().message;
}

TEST_F(SearchdConfig, TheCommandLineOverridesTheFile) {
    const std::string file = write(
        "[index]\npath = \"/srv/index\"\n[server]\nthreads = 3\nallowed_origins = [\"https://a.example\"]\n");
    const auto parsed = parse({"--threads", "5", "--config", file.c_str(), "--allow-origin", "https://b.example"});
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed.value().threads, 5u) << "a flag wins, before or after --config";
    EXPECT_EQ(parsed.value().index_dir, "/srv/index");
    EXPECT_EQ(parsed.value().site.allowed_origins, std::vector<std::string>{"https://b.example"})
        << "a list given on the command line replaces the file's";
}

TEST_F(SearchdConfig, ErrorsNameTheFileTheLineAndTheKey) {
    struct Case {
        const char* text;
        std::string parameter;
        const char* message;
    };
    const std::vector<Case> cases = {
        {"[index]\npath = \"/x\"\n[server]\nthreads = 900\n", ":4: server.threads", "expected a number from 1 to 256"},
        {"[server]\nlisten = \"somewhere\"\n", ":2: server.listen", "expected IP:PORT"},
        {"[server]\nthread = 2\n", ":2: server.thread", "unknown key"},
        {"[log]\nqueries = \"yes\"\n", ":2: log.queries", "expected true or false"},
        {"[log]\nformat = \"xml\"\n", ":2: log.format", "expected text or json"},
        {"[server]\nframe_ancestors = [\"https://a.example/path\"]\n", ":2: server.frame_ancestors", "expected an origin"},
        {"[server]\nlisten = [\"a\", \"b\"]\n", ":2: server.listen", "expected one value, not a list"},
        {"[server]\nthreads = \n", ":2", ""},  // a TOML syntax error, in toml++'s words
    };
    for (const auto& c : cases) {
        const std::string file = write(c.text);
        const auto parsed = parse({"--config", file.c_str(), "--index", "/x"});
        ASSERT_FALSE(parsed.ok()) << c.text;
        EXPECT_EQ(parsed.error().parameter, file + c.parameter) << c.text;
        EXPECT_NE(parsed.error().message.find(c.message), std::string::npos) << parsed.error().message;
    }
    const auto missing = parse({"--config", "/no/such/searchd.toml"});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().parameter, "/no/such/searchd.toml");
}

}  // namespace
}  // namespace rs::http
