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

TEST(SearchdOptions, AllowedOriginsRepeatAndPublicUrl) {
    const auto parsed = parse({"--index", "x", "--allow-origin", "https://Intra.example", "--allow-origin=http://b:81",
                               "--public-url", "https://referatsog.example/"});
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed.value().site.allowed_origins, (std::vector<std::string>{"https://intra.example", "http://b:81"}));
    EXPECT_EQ(parsed.value().site.public_url, "https://referatsog.example");
    EXPECT_TRUE(parse({"--index", "x"}).value().site.allowed_origins.empty());
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
        {{"--index", "x", "--allow-origin", "*"}, "--allow-origin"},
        {{"--index", "x", "--allow-origin", "https://a/path"}, "--allow-origin"},
        {{"--index", "x", "--public-url", "referatsog"}, "--public-url"},
    };
    for (const auto& c : cases) {
        const auto parsed = parse(c.args);
        ASSERT_FALSE(parsed.ok()) << c.blamed;
        EXPECT_EQ(parsed.error().parameter, c.blamed);
    }
}

}  // namespace
}  // namespace rs::http
