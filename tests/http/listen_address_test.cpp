#include "searchd/http/listen_address.hpp"

#include <gtest/gtest.h>

namespace rs::http {
namespace {

TEST(ListenAddress, ParsesIpv4AndIpv6) {
    const auto v4 = parse_listen_address("127.0.0.1:8080");
    ASSERT_TRUE(v4);
    EXPECT_EQ(v4->host, "127.0.0.1");
    EXPECT_EQ(v4->port, 8080);
    const auto v6 = parse_listen_address("[::1]:0");
    ASSERT_TRUE(v6);
    EXPECT_EQ(v6->host, "::1");
    EXPECT_EQ(v6->port, 0);
    EXPECT_EQ(parse_listen_address("localhost:65535")->host, "127.0.0.1");
    EXPECT_EQ(parse_listen_address("0.0.0.0:1")->port, 1);
}

TEST(ListenAddress, RejectsMalformed) {
    for (const char* bad : {"", "8080", "127.0.0.1", "127.0.0.1:", ":8080", "127.0.0.1:65536", "127.0.0.1:-1",
                            "127.0.0.1:80a", "::1:8080", "[::1]", "[127.0.0.1]:80", "example.org:80",
                            "127.0.0.1:0000080", "256.0.0.1:80"})
        EXPECT_FALSE(parse_listen_address(bad)) << bad;
}

TEST(ListenAddress, HttpUrl) {
    EXPECT_EQ(http_url({"127.0.0.1", 43817}), "http://127.0.0.1:43817");
    EXPECT_EQ(http_url({"::1", 80}), "http://[::1]:80");
}

}  // namespace
}  // namespace rs::http
