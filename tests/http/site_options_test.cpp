#include "searchd/http/site_options.hpp"

#include <gtest/gtest.h>

namespace rs::http {
namespace {

TEST(ParseOrigin, AcceptsSchemeHostAndPort) {
    EXPECT_EQ(parse_origin("https://intranet.example.dk"), "https://intranet.example.dk");
    EXPECT_EQ(parse_origin("HTTP://Intranet.Example:8080/"), "http://intranet.example:8080");
    EXPECT_EQ(parse_origin("http://127.0.0.1:3000"), "http://127.0.0.1:3000");
    EXPECT_EQ(parse_origin("http://[::1]:3000"), "http://[::1]:3000");
}

TEST(ParseOrigin, RefusesAnythingElse) {
    for (const char* text : {"", "intranet.example", "ftp://x", "http://", "http://a/b", "http://a?x", "http://u@a",
                             "http://a:", "http://a:123456", "http://[zz]", "javascript:alert(1)", "http://a b",
                             "*", "null"})
        EXPECT_FALSE(parse_origin(text)) << text;
}

TEST(BaseUrl, PrefersTheConfiguredPublicUrl) {
    SiteOptions site;
    site.public_url = "https://referatsog.example.dk";
    EXPECT_EQ(base_url(Request{"GET", "/", {{"Host", "other:1"}}}, site), "https://referatsog.example.dk");
}

TEST(BaseUrl, FallsBackToAPlainHostHeader) {
    const SiteOptions site;
    EXPECT_EQ(base_url(Request{"GET", "/", {{"host", "127.0.0.1:8080"}}}, site), "http://127.0.0.1:8080");
    EXPECT_EQ(base_url(Request{"GET", "/", {{"Host", "[::1]:80"}}}, site), "http://[::1]:80");
    // A Host that could smuggle markup or a path into absolute links is not used.
    for (const char* host : {"evil.example/x", "a\"><script>", "a b", "", "a:b:c"})
        EXPECT_EQ(base_url(Request{"GET", "/", {{"Host", host}}}, site), "http://localhost") << host;
}

}  // namespace
}  // namespace rs::http
