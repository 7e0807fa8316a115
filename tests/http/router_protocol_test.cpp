// The protocol around the endpoints: unknown paths, methods, HEAD, standard and CORS
// headers, preflight, malformed targets.
#include <gtest/gtest.h>

#include "searchd/http/suggest_params.hpp"
#include "tests/http/router_fixture.hpp"

namespace rs::http {
namespace {

TEST_F(RouterTest, UnknownPathsAre404) {
    for (const char* target : {"/api/", "/api/search/", "/api/items", "/api/items/", "/api/healthz", "/api/nope"})
        error_of(get(target), 404, "not_found");
    error_of(get("/api/nope", "POST"), 404, "not_found");
    // Outside /api/ a person is asking: a Danish page with a search box, not JSON.
    for (const char* target : {"/api", "/API/search", "/index.html", "/punkt/", "/moede/", "/static/", "/static/x.js",
                               "/static/../CMakeLists.txt", "/static/search.mustache"}) {
        const auto page = get(target);
        EXPECT_EQ(page.status, 404u) << target;
        EXPECT_EQ(page.content_type, "text/html; charset=utf-8") << target;
        EXPECT_NE(page.body.find("<html lang=\"da\""), std::string::npos) << target;
        EXPECT_NE(page.body.find("name=\"q\""), std::string::npos) << target;
    }
}

TEST_F(RouterTest, OtherMethodsAre405WithAllow) {
    for (const char* method : {"POST", "PUT", "DELETE", "PATCH", "get", "options"}) {
        const auto response = get("/api/search?q=x", method);
        error_of(response, 405, "method_not_allowed");
        EXPECT_EQ(response.header("allow"), "GET, HEAD, OPTIONS") << method;
    }
    EXPECT_EQ(get("/api/items/a/b", "POST").status, 405u);
    EXPECT_TRUE(service_.requests().empty());
}

TEST_F(RouterTest, HeadIsGetWithoutBody) {
    const auto got = get("/api/search?q=x");
    const auto head = get("/api/search?q=x", "HEAD");
    EXPECT_TRUE(got.send_body);
    EXPECT_FALSE(head.send_body);
    EXPECT_EQ(head.status, got.status);
    EXPECT_EQ(head.headers, got.headers);
    EXPECT_EQ(head.body.size(), got.body.size()) << "Content-Length must match GET's";
    EXPECT_EQ(get("/api/health", "HEAD").status, 200u);
    EXPECT_EQ(get("/api/items/nope", "HEAD").status, 404u);
    EXPECT_EQ(get("/api/search?limit=0", "HEAD").status, 400u);
}

TEST_F(RouterTest, StandardHeadersOnEveryResponse) {
    for (const auto& response : {get("/api/search"), get("/api/nope"), get("/api/search?limit=0"),
                                 get("/api/search", "POST")}) {
        EXPECT_EQ(response.content_type, "application/json; charset=utf-8");
        EXPECT_EQ(response.header("Cache-Control"), "no-store");
        EXPECT_EQ(response.header("access-control-allow-origin"), "");
        EXPECT_EQ(response.header("X-Content-Type-Options"), "nosniff");
    }
}

TEST_F(RouterTest, PagesMayBeFramedOnlyByTheConfiguredOrigins) {
    const std::string alone(page_security_policy);
    EXPECT_TRUE(alone.ends_with("frame-ancestors 'self'")) << alone;
    EXPECT_EQ(get("/").header("Content-Security-Policy"), alone);
    site_.frame_ancestors = {"https://intranet.example.dk", "https://b.example:8443"};
    EXPECT_EQ(get("/").header("Content-Security-Policy"),
              alone + " https://intranet.example.dk https://b.example:8443");
    EXPECT_EQ(get("/punkt/nope").header("Content-Security-Policy"),
              alone + " https://intranet.example.dk https://b.example:8443") << "error pages too";
    EXPECT_EQ(get("/api/search").header("Content-Security-Policy"), "") << "JSON is never framed";
}

TEST_F(RouterTest, EndpointNamesForMetrics) {
    EXPECT_EQ(endpoint_name("/api/search"), "search");
    EXPECT_EQ(endpoint_name("/api/search.csv"), "search");
    EXPECT_EQ(endpoint_name("/api/items/a/b/2024-01-01/1"), "item");
    EXPECT_EQ(endpoint_name("/api/health"), "health");
    EXPECT_EQ(endpoint_name("/api/admin/stats"), "admin");
    EXPECT_EQ(endpoint_name("/api/nope"), "other");
    EXPECT_EQ(endpoint_name("/punkt/a"), "page");
}

TEST_F(RouterTest, CorsOnlyForAllowedOrigins) {
    site_.allowed_origins = {"http://intranet.example"};
    const auto allowed = get("/api/search?q=x", "GET", {{"Origin", "http://intranet.example"}});
    EXPECT_EQ(allowed.header("Access-Control-Allow-Origin"), "http://intranet.example");
    EXPECT_EQ(allowed.header("Vary"), "Origin");
    // Case of scheme and host does not matter to the comparison; the answer echoes the sender.
    EXPECT_EQ(get("/api/health", "GET", {{"origin", "HTTP://Intranet.Example"}}).header("Access-Control-Allow-Origin"),
              "HTTP://Intranet.Example");
    for (const std::string origin : {"http://evil.example", "http://intranet.example.evil", "https://intranet.example",
                                     "http://intranet.example:8080", "null", ""}) {
        const auto other = get("/api/search?q=x", "GET", {{"Origin", origin}});
        EXPECT_EQ(other.status, 200u);
        EXPECT_EQ(other.header("Access-Control-Allow-Origin"), "") << origin;
        EXPECT_EQ(other.header("Vary"), "Origin") << origin;
    }
}

TEST_F(RouterTest, PreflightAnsweredForAllowedOriginsOnly) {
    site_.allowed_origins = {"http://intranet.example"};
    const HeaderList ask{{"Origin", "http://intranet.example"}, {"Access-Control-Request-Method", "GET"}};
    const auto yes = get("/api/search", "OPTIONS", ask);
    EXPECT_EQ(yes.status, 204u);
    EXPECT_EQ(yes.header("Access-Control-Allow-Origin"), "http://intranet.example");
    EXPECT_NE(yes.header("Access-Control-Allow-Methods").find("GET"), std::string_view::npos);
    EXPECT_TRUE(yes.body.empty());
    EXPECT_TRUE(service_.requests().empty()) << "a preflight must not run the search";

    const auto no = get("/api/search", "OPTIONS", {{"Origin", "http://evil.example"}});
    EXPECT_EQ(no.status, 403u);
    EXPECT_EQ(no.header("Access-Control-Allow-Origin"), "");
}

TEST_F(RouterTest, AbsoluteFormTargetIs400) {
    error_of(get("http://example.org/api/search"), 400, "invalid_request");
    error_of(get(""), 400, "invalid_request");
}

TEST_F(RouterTest, ErrorBodiesAreValidJsonEvenForBinaryPaths) {
    const auto response = get("/api/\xFF\xFE");
    EXPECT_EQ(response.status, 404u);
    EXPECT_TRUE(json::accept(response.body));
}

}  // namespace
}  // namespace rs::http

namespace rs::http {
namespace {

TEST(RouterSuggest, PassesThePrefixAndAnswersBothFormats) {
    test::FakeSearchService service;
    service.suggestions = {{"hoftebrud", search::SuggestionKind::word}, {"Kom Trygt Hjem", search::SuggestionKind::project}};
    const SiteOptions site;
    const auto json_answer = handle_request(Request{"GET", "/api/suggest?q=hoft&limit=5", {}}, service, site);
    ASSERT_EQ(json_answer.status, 200u) << json_answer.body;
    EXPECT_EQ(nlohmann::json::parse(json_answer.body),
              nlohmann::json::parse(R"({"query":"hoft","suggestions":[{"text":"hoftebrud","kind":"word"},)"
                                    R"({"text":"Kom Trygt Hjem","kind":"project"}]})"));
    ASSERT_EQ(service.suggest_requests().size(), 1u);
    EXPECT_EQ(service.suggest_requests()[0].prefix, "hoft");
    EXPECT_EQ(service.suggest_requests()[0].limit, 5u);

    const auto open = handle_request(Request{"GET", "/api/suggest?q=hoft&format=opensearch", {}}, service, site);
    EXPECT_EQ(open.content_type, "application/x-suggestions+json; charset=utf-8");
    EXPECT_EQ(nlohmann::json::parse(open.body), nlohmann::json::parse(R"(["hoft",["hoftebrud","Kom Trygt Hjem"]])"));

    for (const char* bad : {"/api/suggest?limit=0", "/api/suggest?limit=21", "/api/suggest?format=xml",
                            "/api/suggest?q=a&q=b", "/api/suggest?x=1"})
        EXPECT_EQ(handle_request(Request{"GET", bad, {}}, service, site).status, 400u) << bad;
}

TEST(RouterSuggest, OnlyTheEndOfALongPrefixIsCompleted) {
    test::FakeSearchService service;
    const std::string typed(300, 'a');
    handle_request(Request{"GET", "/api/suggest?q=" + typed + "%C3%A6", {}}, service, SiteOptions{});
    ASSERT_EQ(service.suggest_requests().size(), 1u);
    EXPECT_LE(service.suggest_requests()[0].prefix.size(), max_prefix_bytes);
    EXPECT_TRUE(service.suggest_requests()[0].prefix.ends_with("æ"));
}

}  // namespace
}  // namespace rs::http

namespace rs::http {
namespace {

TEST(RouterCompare, TakesTheSearchParametersAndGroups) {
    test::FakeSearchService service;
    search::ComparisonGroup group;
    group.body = "Sundhedsklynge Sønderjylland";
    group.items = {test::sample_hit(3, "<mark>x</mark>")};
    group.first_date = group.latest_date = "2025-04-28";
    group.outcomes = {{"Godkendt", 1}};
    group.latest_outcome = {"Godkendt"};
    service.comparison.total = 1;
    service.comparison.groups = {group};
    const auto response =
        handle_request(Request{"GET", "/api/compare?project=Kom%20Trygt%20Hjem&from=2024-01-01", {}}, service, SiteOptions{});
    ASSERT_EQ(response.status, 200u) << response.body;
    const auto body = nlohmann::json::parse(response.body);
    EXPECT_EQ(body.at("total"), 1);
    EXPECT_EQ(body.at("truncated"), false);
    const auto& first = body.at("groups").at(0);
    EXPECT_EQ(first.at("body"), "Sundhedsklynge Sønderjylland");
    EXPECT_EQ(first.at("count"), 1);
    EXPECT_EQ(first.at("outcomes").at("Godkendt"), 1);
    EXPECT_EQ(first.at("items").at(0).at("permalink"),
              "/punkt/sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2025-04-28/3");
    EXPECT_FALSE(first.at("items").at(0).contains("snippet"));
    const auto requests = service.requests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].filters.at("project"), std::vector<std::string>{"Kom Trygt Hjem"});
    EXPECT_EQ(requests[0].from, "2024-01-01");
    EXPECT_EQ(requests[0].purpose, search::SearchPurpose::export_rows);
    EXPECT_EQ(handle_request(Request{"GET", "/api/compare?from=nope", {}}, service, SiteOptions{}).status, 400u);
}

}  // namespace
}  // namespace rs::http
