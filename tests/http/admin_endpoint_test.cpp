// The operator's endpoints over real sockets: off without a token, 401 without the right
// one, reload and stats with it.

#include "searchd/http/admin_endpoint.hpp"

#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "searchd/http/admin_token.hpp"
#include "searchd/http/server.hpp"
#include "tests/http/fake_search_service.hpp"
#include "tests/http/http_client.hpp"

namespace rs::http {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

constexpr const char* token = "0123456789abcdef-admin";

class AdminEndpoints : public ::testing::Test {
protected:
    void start(std::string admin_token) {
        server_ = std::make_unique<Server>(service_, ListenAddress{"127.0.0.1", 0}, SiteOptions{}, ServerLimits{},
                                           LogOptions{}, AdminOptions{std::move(admin_token)});
        runner_ = std::thread([this] { server_->run(2); });
        client_ = std::make_unique<test::HttpClient>("127.0.0.1", server_->local_address().port, 10s);
    }
    ~AdminEndpoints() override {
        if (server_) server_->stop();
        if (runner_.joinable()) runner_.join();
    }
    test::HttpReply call(const std::string& method, const std::string& target, const std::string& bearer) {
        return client_->request(method, target, {}, {{"Authorization", "Bearer " + bearer}});
    }

    test::FakeSearchService service_;
    std::unique_ptr<Server> server_;
    std::thread runner_;
    std::unique_ptr<test::HttpClient> client_;
};

TEST_F(AdminEndpoints, AreOffWithoutAToken) {
    start("");
    const auto reply = call("POST", "/api/admin/reload", "anything-at-all-long");
    EXPECT_EQ(reply.status, 403u);
    EXPECT_EQ(json::parse(reply.body).at("error").at("code"), "admin_disabled");
    EXPECT_EQ(service_.reloads.load(), 0);
}

TEST_F(AdminEndpoints, RefuseAMissingOrWrongToken) {
    start(token);
    for (const auto& reply : {client_->request("POST", "/api/admin/reload"),
                              call("POST", "/api/admin/reload", "0123456789abcdef-admiN"),
                              call("POST", "/api/admin/reload", "0123456789abcdef"),
                              call("GET", "/api/admin/stats", std::string(token) + "x"),
                              client_->request("GET", "/api/admin/stats", {}, {{"Authorization", token}})}) {
        EXPECT_EQ(reply.status, 401u);
        EXPECT_EQ(reply.header("www-authenticate"), "Bearer realm=\"referatsog-admin\"");
        EXPECT_EQ(reply.header("x-content-type-options"), "nosniff");
    }
    EXPECT_EQ(service_.reloads.load(), 0);
}

TEST_F(AdminEndpoints, ReloadOpensTheIndexAgain) {
    start(token);
    EXPECT_EQ(call("GET", "/api/admin/reload", token).status, 405u) << "a reload changes state: POST only";
    const auto reply = call("POST", "/api/admin/reload", token);
    ASSERT_EQ(reply.status, 200u) << reply.body;
    EXPECT_EQ(service_.reloads.load(), 1);
    const auto body = json::parse(reply.body);
    EXPECT_TRUE(body.at("reloaded").get<bool>());
    EXPECT_EQ(body.at("index").at("items"), 42);
    const auto metrics = client_->get("/metrics").body;
    EXPECT_NE(metrics.find("referatsog_index_reloads_total 1\n"), std::string::npos) << metrics;
}

TEST_F(AdminEndpoints, StatsTellTheServersState) {
    start(token);
    ASSERT_EQ(client_->get("/api/health").status, 200u);
    const auto reply = call("GET", "/api/admin/stats", token);
    ASSERT_EQ(reply.status, 200u) << reply.body;
    const auto stats = json::parse(reply.body);
    EXPECT_EQ(stats.at("requests").at("2xx"), 1) << "the health check before";
    EXPECT_EQ(stats.at("connections").at("open"), 1);
    EXPECT_EQ(stats.at("index").at("items"), 42);
    EXPECT_FALSE(stats.at("version").get<std::string>().empty());
    EXPECT_EQ(reply.body.find("/secret/index/path"), std::string::npos) << "no paths of the machine";
    EXPECT_EQ(call("GET", "/api/admin/nope", token).status, 404u);
}

TEST(AdminToken, ComparesWholeTokensOnly) {
    EXPECT_TRUE(same_token("0123456789abcdef", "0123456789abcdef"));
    EXPECT_FALSE(same_token("0123456789abcdef", "0123456789abcde"));
    EXPECT_FALSE(same_token("0123456789abcdef", "0123456789abcdef0"));
    EXPECT_FALSE(same_token("0123456789abcdef", ""));
    EXPECT_FALSE(same_token("", "")) << "no token configured matches nothing";
    EXPECT_FALSE(same_token("abababababababab", "ab")) << "a short guess cycled is no match";
}

TEST(AdminToken, ReadsBearerAndRefusesWeakTokens) {
    EXPECT_EQ(bearer_token(Request{"GET", "/", {{"Authorization", "bearer  abc "}}}), "abc");
    EXPECT_EQ(bearer_token(Request{"GET", "/", {{"Authorization", "Basic abc"}}}), "");
    std::string error;
    EXPECT_EQ(parse_token("  0123456789abcdef\n", error), "0123456789abcdef");
    EXPECT_FALSE(parse_token("short", error));
    EXPECT_NE(error.find("16"), std::string::npos) << error;
    EXPECT_FALSE(parse_token("0123456789 abcdef", error)) << "no spaces inside";
    EXPECT_FALSE(read_token_file("/nonexistent/token", error));
    EXPECT_NE(error.find("/nonexistent/token"), std::string::npos) << error;
}

}  // namespace
}  // namespace rs::http
