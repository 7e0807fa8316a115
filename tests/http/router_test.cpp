#include "searchd/http/router.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "schema/fields.hpp"
#include "tests/http/router_fixture.hpp"

namespace rs::http {
namespace {

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
    EXPECT_EQ(body(response), json::parse(R"({"status": "ok", "items": 42, "revision": "17", "shards": 1, "build": {"complete": true,
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

}  // namespace
}  // namespace rs::http
