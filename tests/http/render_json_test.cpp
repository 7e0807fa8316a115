#include "searchd/http/links.hpp"
#include "searchd/http/render_json.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/http/fake_search_service.hpp"

namespace rs::http {
namespace {

using nlohmann::json;

TEST(RenderJson, ItemUrlEncodesOnlyWhatNeedsIt) {
    EXPECT_EQ(item_url("sundhedsklynge-lillebaelt/fagligt-strategisk-niveau/2024-03-01/4"),
              "/api/items/sundhedsklynge-lillebaelt/fagligt-strategisk-niveau/2024-03-01/4");
    EXPECT_EQ(item_url("ukendt/x y/2024-03-01/2a?"), "/api/items/ukendt/x%20y/2024-03-01/2a%3F");
}

TEST(RenderJson, ErrorEnvelope) {
    EXPECT_EQ(render_error("not_found", "no such item"),
              nlohmann::ordered_json::parse(R"({"error": {"code": "not_found", "message": "no such item"}})"));
    EXPECT_EQ(render_error("invalid_parameter", "bad", "from").at("error").at("parameter"), "from");
}

TEST(RenderJson, BodyReplacesInvalidUtf8InsteadOfThrowing) {
    const std::string body = to_body(json{{"message", std::string("bad \xFF byte")}});
    EXPECT_TRUE(json::accept(body));
    EXPECT_NE(body.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(RenderJson, HitUsesSchemaNamesAndFlattensTheMeeting) {
    const json hit = render_hit(test::sample_hit(7, "<mark>x</mark>"));
    EXPECT_EQ(hit.at("number"), 7);
    EXPECT_EQ(hit.at("cluster"), "Sundhedsklynge Sønderjylland");
    EXPECT_EQ(hit.at("snippet"), "<mark>x</mark>");
    for (const char* absent : {"sections", "meeting", "closed", "line", "place", "relevance"})
        EXPECT_FALSE(hit.contains(absent)) << absent;
}

TEST(RenderJson, KeysComeInContractOrder) {
    std::vector<std::string> keys;
    const auto hit = render_hit(test::sample_hit(1, ""));
    for (const auto& [key, value] : hit.items()) keys.push_back(key);
    const std::vector<std::string> expected{"id",   "url",       "permalink", "title",  "number",   "sub",
                                            "cluster", "body", "municipality", "region", "forum", "date", "type",
                                            "decisions", "topics", "projects", "procedural", "source",
                                            "decision_text", "snippet"};
    EXPECT_EQ(keys, expected);
    EXPECT_EQ(to_body(render_search(search::SearchRequest{}, search::SearchResult{})).rfind("{\"total\":", 0), 0u);
}

TEST(RenderJson, RelatedHitsComeApartFromTheHitsAndOnlyWhenThereAreSome) {
    search::SearchResult result;
    result.total = 1;
    result.hits = {test::sample_hit(1, "")};
    EXPECT_FALSE(render_search(search::SearchRequest{}, result).contains("related_hits"));
    EXPECT_FALSE(render_search(search::SearchRequest{}, result).contains("related_words"));
    result.related_hits = {test::sample_hit(2, "<mark>sundhedsråd</mark>")};
    result.related_words = {"sundhedsråd", "overgangsperiode"};
    const json out = render_search(search::SearchRequest{}, result);
    EXPECT_EQ(out.at("total"), 1) << "related hits are not counted";
    ASSERT_EQ(out.at("hits").size(), 1u);
    ASSERT_EQ(out.at("related_hits").size(), 1u);
    EXPECT_EQ(out.at("related_hits")[0].at("number"), 2);
    EXPECT_EQ(out.at("related_hits")[0].at("snippet"), "<mark>sundhedsråd</mark>");
    EXPECT_EQ(out.at("related_words"), json::array({"sundhedsråd", "overgangsperiode"}));
}

TEST(RenderJson, SearchRoundsTookMs) {
    search::SearchResult result;
    result.took_ms = 0.123456;
    const json out = render_search(search::SearchRequest{}, result);
    EXPECT_DOUBLE_EQ(out.at("took_ms").get<double>(), 0.12);
    EXPECT_EQ(out.at("hits"), json::array());
    EXPECT_EQ(out.at("limit"), 10);
}

TEST(RenderJson, Health) {
    search::IndexStatus status{5, "/p", "3", true, 2, 2, "2026-12-02T01:00:00Z", "2026-12-02T01:00:09Z"};
    EXPECT_EQ(render_health(status), nlohmann::ordered_json::parse(R"({"status": "ok", "items": 5, "revision": "3", "shards": 1,
        "build": {"complete": true, "files_done": 2, "files_total": 2, "started": "2026-12-02T01:00:00Z",
                  "finished": "2026-12-02T01:00:09Z"}})"));
}

TEST(RenderJson, HealthOfAnIncompleteIndexSaysHowFarItsBuildGot) {
    search::IndexStatus status{1000, "/p", "4", false, 1000, 3900, "2026-12-02T01:00:00Z", ""};
    const auto out = render_health(status);
    EXPECT_EQ(out.at("status"), "incomplete");
    EXPECT_EQ(out.at("build").at("files_done"), 1000);
    EXPECT_EQ(out.at("build").at("files_total"), 3900);
    EXPECT_EQ(out.at("build").at("finished"), "");
}

}  // namespace
}  // namespace rs::http
