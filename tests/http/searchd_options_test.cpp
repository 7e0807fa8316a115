#include "searchd/http/searchd_options.hpp"

#include <vector>

#include <gtest/gtest.h>

namespace rs::http {
namespace {

Parsed<SearchdOptions> parse(std::vector<const char*> args) { return parse_searchd_options(args); }

TEST(SearchdOptions, ReadsAllOptions) {
    const auto parsed = parse({"--index", "/var/idx", "--listen", "127.0.0.1:0", "--threads", "3"});
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed.value().index_dir, "/var/idx");
    EXPECT_EQ(parsed.value().listen.port, 0);
    EXPECT_EQ(parsed.value().threads, 3u);
}

TEST(SearchdOptions, EqualsFormAndDefaults) {
    const auto parsed = parse({"--index=/var/idx"});
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.value().index_dir, "/var/idx");
    EXPECT_EQ(parsed.value().listen.host, "127.0.0.1");
    EXPECT_EQ(parsed.value().listen.port, 8080);
    EXPECT_GE(parsed.value().threads, 1u);
}

TEST(SearchdOptions, Help) {
    EXPECT_TRUE(parse({"--help"}).value().help);
    EXPECT_NE(searchd_usage().find("--listen"), std::string_view::npos);
}

TEST(SearchdOptions, ErrorsNameTheArgument) {
    const struct {
        std::vector<const char*> args;
        const char* blamed;
    } cases[] = {
        {{}, "--index"},
        {{"--listen", "127.0.0.1:0"}, "--index"},
        {{"--index"}, "--index"},
        {{"--index="}, "--index"},
        {{"--index", "x", "--listen", "nowhere"}, "--listen"},
        {{"--index", "x", "--threads", "0"}, "--threads"},
        {{"--index", "x", "--threads", "257"}, "--threads"},
        {{"--index", "x", "--threads=two"}, "--threads"},
        {{"--index", "x", "--port", "80"}, "--port"},
        {{"--index", "x", "extra"}, "extra"},
    };
    for (const auto& c : cases) {
        const auto parsed = parse(c.args);
        ASSERT_FALSE(parsed.ok()) << c.blamed;
        EXPECT_EQ(parsed.error().parameter, c.blamed);
    }
}

}  // namespace
}  // namespace rs::http
