#include "searchd/http/router.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "schema/fields.hpp"
#include "searchd/http/suggest_params.hpp"
#include "tests/http/fake_search_service.hpp"

namespace rs::http {
namespace {

using nlohmann::json;

class RouterTest : public ::testing::Test {
protected:
    RouterTest() {
        service_.result.total = 12;
        service_.result.took_ms = 1.4049;
        service_.result.hits = {test::sample_hit(3, "… <mark>hoftebrud</mark> …"), test::sample_hit(4, "")};
        service_.result.facets["cluster"] = {{"Sundhedsklynge Sønderjylland", 3}};
        service_.result.facets["topic"] = {{"Ældre", 2}, {"Genoptræning", 1}};

        search::ItemDetail detail;
        const auto hit = test::sample_hit(4, "");
        detail.meeting = hit.meeting;
        detail.item = hit.item;
        detail.item.sub = "a";
        detail.item.id += "a";
        detail.meeting_items = {{hit.item.id.substr(0, hit.item.id.size() - 1) + "3", 3, "", "Velkomst"},
                                {detail.item.id, 4, "a", detail.item.title}};
        service_.detail = detail;
    }

    Response get(std::string target, std::string method = "GET", HeaderList headers = {}) {
        return handle_request(Request{std::move(method), std::move(target), std::move(headers)}, service_, site_);
    }

    static json body(const Response& response) { return json::parse(response.body); }

    // Checks the error envelope and returns the error object.
    static json error_of(const Response& response, unsigned status, std::string_view code) {
        EXPECT_EQ(response.status, status) << response.body;
        const json error = body(response).at("error");
        EXPECT_EQ(error.at("code"), code);
        EXPECT_TRUE(error.at("message").is_string());
        EXPECT_FALSE(error.at("message").get<std::string>().empty());
        return error;
    }

    test::FakeSearchService service_;
    SiteOptions site_;
};

TEST_F(RouterTest, SearchPassesTheTypedRequest) {
    const auto response = get("/api/search?q=hoftebrud&cluster=a&cluster=b&from=2024-01-01&sort=oldest&limit=5&offset=10");
    EXPECT_EQ(response.status, 200u);
    const auto requests = service_.requests();
    ASSERT_EQ(requests.size(), 1u);
    const auto& request = requests.front();
    EXPECT_EQ(request.query, "hoftebrud");
    EXPECT_EQ(request.filters.at("cluster"), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(request.from, "2024-01-01");
    EXPECT_EQ(request.sort, search::SortOrder::oldest);
    EXPECT_EQ(request.limit, 5u);
    EXPECT_EQ(request.offset, 10u);
}

TEST_F(RouterTest, SearchResponseShape) {
    const auto response = get("/api/search?q=hoftebrud&limit=5&offset=10");
    EXPECT_EQ(response.content_type, "application/json; charset=utf-8");
    const json out = body(response);
    EXPECT_EQ(out.at("total"), 12);
    EXPECT_EQ(out.at("offset"), 10);
    EXPECT_EQ(out.at("limit"), 5);
    EXPECT_DOUBLE_EQ(out.at("took_ms").get<double>(), 1.4);
    EXPECT_FALSE(out.contains("query_note"));

    ASSERT_EQ(out.at("hits").size(), 2u);
    const json& hit = out.at("hits").at(0);
    const json expected_hit = {
        {"id", "sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2025-04-28/3"},
        {"url", "/api/items/sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2025-04-28/3"},
        {"permalink", "/punkt/sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2025-04-28/3"},
        {"title", "Hoftebrud og forløb"},
        {"number", 3},
        {"sub", ""},
        {"cluster", "Sundhedsklynge Sønderjylland"},
        {"body", "Sundhedsklynge Sønderjylland"},
        {"municipality", ""},
        {"region", "Region Syddanmark"},
        {"forum", "Fagligt strategisk niveau"},
        {"date", "2025-04-28"},
        {"type", "Beslutning"},
        {"decisions", {"Godkendt"}},
        {"topics", {"Ældre", "Genoptræning"}},
        {"projects", {"Kom Trygt Hjem"}},
        {"procedural", false},
        {"source", "000_89ab1bd39e62ef43.txt"},
        {"decision_text", ""},
        {"snippet", "… <mark>hoftebrud</mark> …"}};
    EXPECT_EQ(hit, expected_hit) << hit.dump(2);
    EXPECT_FALSE(hit.contains("sections")) << "hits are summaries";

    const json& facets = out.at("facets");
    ASSERT_EQ(facets.size(), schema::facets.size());
    for (const auto& facet : schema::facets) EXPECT_TRUE(facets.at(std::string(facet.name)).is_array()) << facet.name;
    EXPECT_EQ(facets.at("cluster"), json::parse(R"([{"value": "Sundhedsklynge Sønderjylland", "count": 3}])"));
    EXPECT_EQ(facets.at("topic").at(1), json::parse(R"({"value": "Genoptræning", "count": 1})"));
    EXPECT_EQ(facets.at("kind"), json::array());
}

TEST_F(RouterTest, SearchIncludesQueryNoteWhenSet) {
    service_.result.query_note = "Operators were read as words.";
    EXPECT_EQ(body(get("/api/search?q=kommune+AND")).at("query_note"), "Operators were read as words.");
}

TEST_F(RouterTest, EmptySearchBrowses) {
    EXPECT_EQ(get("/api/search").status, 200u);
    EXPECT_EQ(get("/api/search?").status, 200u);
    ASSERT_EQ(service_.requests().size(), 2u);
    EXPECT_EQ(service_.requests()[0].query, "");
}

TEST_F(RouterTest, BadParametersAre400NamingTheParameter) {
    const struct {
        const char* target;
        const char* parameter;
    } cases[] = {{"/api/search?from=2024-02-30", "from"}, {"/api/search?limit=0", "limit"},
                 {"/api/search?offset=-1", "offset"},     {"/api/search?sort=best", "sort"},
                 {"/api/search?clustr=x", "clustr"},      {"/api/search?q=%zz", "q"},
                 {"/api/search?q=%FF", "q"},              {"/api/health?verbose=1", "verbose"}};
    for (const auto& c : cases) {
        const json error = error_of(get(c.target), 400, "invalid_parameter");
        EXPECT_EQ(error.at("parameter"), c.parameter) << c.target;
    }
    EXPECT_TRUE(service_.requests().empty()) << "invalid requests never reach the search core";
}

TEST_F(RouterTest, InvalidRequestFromTheCoreIs400) {
    service_.before_search = [] { throw search::InvalidRequest("q", "nothing searchable in \"AND\""); };
    const json error = error_of(get("/api/search?q=AND"), 400, "invalid_parameter");
    EXPECT_EQ(error.at("parameter"), "q");
    EXPECT_EQ(error.at("message"), "nothing searchable in \"AND\"");
}

TEST_F(RouterTest, IndexUnavailableIs503WithoutDetails) {
    service_.before_search = [] { throw search::IndexUnavailable("/srv/secret/index: DatabaseOpeningError"); };
    service_.before_status = service_.before_search;
    for (const char* target : {"/api/search?q=x", "/api/health"}) {
        const auto response = get(target);
        const json error = error_of(response, 503, "index_unavailable");
        EXPECT_FALSE(error.contains("parameter"));
        EXPECT_EQ(response.body.find("secret"), std::string::npos) << response.body;
    }
}

TEST_F(RouterTest, OtherExceptionsAre500WithoutDetails) {
    service_.before_item = [] { throw std::runtime_error("Xapian::DatabaseCorruptError at /srv/secret"); };
    const auto response = get("/api/items/a/b/2024-01-01/1");
    error_of(response, 500, "internal");
    EXPECT_EQ(response.body.find("secret"), std::string::npos);
    service_.before_search = [] { throw 42; };
    error_of(get("/api/search"), 500, "internal");
}

TEST_F(RouterTest, ItemDetail) {
    const std::string id = "sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2025-04-28/4a";
    const auto response = get("/api/items/" + id);
    ASSERT_EQ(response.status, 200u) << response.body;
    const json out = body(response);
    EXPECT_EQ(out.at("id"), id);
    EXPECT_EQ(out.at("url"), "/api/items/" + id);
    EXPECT_EQ(out.at("sub"), "a");
    EXPECT_EQ(out.at("sections").at(0).at("text"), "Lang tekst om hoftebrud.");
    EXPECT_EQ(out.at("sections").at(0).at("name"), "Sagsfremstilling");
    const json& meeting = out.at("meeting");
    for (const char* key : {"cluster", "region", "forum", "date", "time", "place", "source"})
        EXPECT_TRUE(meeting.contains(key)) << key;
    EXPECT_EQ(meeting.at("time"), "14:00");
    EXPECT_EQ(meeting.at("place"), "Virtuelt");
    ASSERT_EQ(meeting.at("items").size(), 2u);
    EXPECT_EQ(meeting.at("items").at(0).at("title"), "Velkomst");
    EXPECT_EQ(meeting.at("items").at(1).at("id"), id);
    EXPECT_EQ(meeting.at("items").at(1).at("url"), "/api/items/" + id);
}

TEST_F(RouterTest, ItemIdIsPercentDecoded) {
    const std::string id = "sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2025-04-28/4a";
    EXPECT_EQ(get("/api/items/sundhedsklynge-soenderjylland%2Ffagligt-strategisk-niveau/2025-04-28/4%61").status, 200u);
    get("/api/items/%C3%A6ldre+x%20y");
    ASSERT_EQ(service_.item_ids().size(), 2u);
    EXPECT_EQ(service_.item_ids()[0], id);
    EXPECT_EQ(service_.item_ids()[1], "ældre+x y") << "'+' is literal in paths";
}

TEST_F(RouterTest, UnknownItemIs404) {
    const json error = error_of(get("/api/items/sundhedsklynge-lillebaelt/x/2024-03-01/99"), 404, "not_found");
    EXPECT_NE(error.at("message").get<std::string>().find("2024-03-01/99"), std::string::npos);
}

TEST_F(RouterTest, BadItemPathIs400) {
    EXPECT_EQ(error_of(get("/api/items/a%2"), 400, "invalid_parameter").at("parameter"), "id");
    EXPECT_EQ(error_of(get("/api/items/%FF"), 400, "invalid_parameter").at("parameter"), "id");
    EXPECT_EQ(error_of(get("/api/items/a?x=1"), 400, "invalid_parameter").at("parameter"), "x");
    EXPECT_EQ(get("/api/items/a?utm_source=intranet").status, 404u) << "tracking tags are ignored";
}

TEST_F(RouterTest, Health) {
    const auto response = get("/api/health");
    ASSERT_EQ(response.status, 200u);
    EXPECT_EQ(body(response), json::parse(R"({"status": "ok", "items": 42, "revision": "17", "build": {"complete": true,
        "files_done": 5, "files_total": 5, "started": "2026-12-02T01:00:00Z", "finished": "2026-12-02T01:00:09Z"}})"));
    EXPECT_EQ(response.body.find("secret"), std::string::npos) << "the index path is not disclosed";
}

TEST_F(RouterTest, TheSearchPageSaysWhenTheIndexIsIncomplete) {
    EXPECT_EQ(get("/").body.find("index-notice"), std::string::npos);
    service_.index_status.complete = false;
    service_.index_status.files_done = 1000;
    service_.index_status.files_total = 3900;
    const auto page = get("/?q=demens");
    ASSERT_EQ(page.status, 200u);
    EXPECT_NE(page.body.find("<p class=\"index-notice\" role=\"status\">Indekset er ikke færdigbygget: den seneste "
                             "indeksering er nået til 1.000 af 3.900 filer."),
              std::string::npos)
        << page.body;
    EXPECT_EQ(body(get("/api/health")).at("status"), "incomplete");
}

TEST_F(RouterTest, ErrorsQuoteOnlyAShortPrefixOfWhatTheClientSent) {
    const std::string huge(60000, 'x');
    const auto missing = get("/api/items/" + huge);
    EXPECT_EQ(missing.status, 404u);
    EXPECT_LT(missing.body.size(), 600u) << "the 60,000-byte id is not echoed back";
    EXPECT_NE(body(missing).at("error").at("message").get<std::string>().find("no item with id \"xxx"), std::string::npos);
    const auto bad_name = get("/api/search?" + huge + "=1");
    EXPECT_EQ(bad_name.status, 400u);
    EXPECT_LT(bad_name.body.size(), 800u);
    const auto page = get("/?" + huge + "=1");
    EXPECT_EQ(page.status, 400u);
    EXPECT_EQ(page.body.find(std::string(1000, 'x')), std::string::npos);
}

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
