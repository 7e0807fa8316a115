// GET /api/items/{id}/similar, /api/items/{id}/history and /api/coverage: parameters in,
// typed requests to the service, JSON out.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "searchd/http/router.hpp"
#include "tests/http/fake_search_service.hpp"

namespace rs::http {
namespace {

using nlohmann::json;

class ArchiveEndpoints : public ::testing::Test {
protected:
    ArchiveEndpoints() {
        const auto hit = test::sample_hit(3, "");
        search::ItemDetail detail;
        detail.meeting = hit.meeting;
        detail.item = hit.item;
        service_.detail = detail;
        search::RelatedItem similar{test::sample_hit(7, "<mark>x</mark>"), {"hoftebrud", "trygt"}, {"Kom Trygt Hjem"}};
        similar.hit.meeting.cluster = "Randersklyngen";
        similar.hit.meeting.body = "Randersklyngen";
        similar.hit.item.id = "randersklyngen/politisk-niveau/2024-05-03/4";
        search::RelatedItem earlier{test::sample_hit(2, ""), {"hoftebrud"}, {}};
        earlier.hit.item.id = "sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2024-03-01/2";
        service_.related_items = {{"hoftebrud", "trygt", "evaluering"}, {similar}, {earlier}};

        search::ForumCoverage forum{"Politisk niveau", {{"randersklyngen/politisk-niveau/2024-05-03", "2024-05-03",
                                                         "referat", "003.txt", 7}},
                                    91, {{"2023-01-01", "2024-05-03", 488}}};
        service_.coverage_result = {{{"Randersklyngen", "Region Midtjylland", {forum}, 1, "2024-05-03", "2024-05-03"}}, 1, 7};
    }

    Response get(std::string target) { return handle_request(Request{"GET", std::move(target), {}}, service_, {}); }
    std::string id() const { return service_.detail->item.id; }

    test::FakeSearchService service_;
};

TEST_F(ArchiveEndpoints, SimilarListsItemsWithTheirReasons) {
    const auto response = get("/api/items/" + id() + "/similar?limit=3");
    ASSERT_EQ(response.status, 200u) << response.body;
    const auto body = json::parse(response.body);
    EXPECT_EQ(body.at("id"), id());
    EXPECT_EQ(body.at("key_terms"), (json{"hoftebrud", "trygt", "evaluering"}));
    ASSERT_EQ(body.at("items").size(), 1u);
    const auto& item = body.at("items").at(0);
    EXPECT_EQ(item.at("cluster"), "Randersklyngen");
    EXPECT_EQ(item.at("permalink"), "/punkt/randersklyngen/politisk-niveau/2024-05-03/4");
    EXPECT_EQ(item.at("shared_terms"), (json{"hoftebrud", "trygt"}));
    EXPECT_EQ(item.at("shared_projects"), json{"Kom Trygt Hjem"});
    EXPECT_FALSE(item.contains("snippet"));
    ASSERT_EQ(service_.related_ids(), std::vector<std::string>{id()});
    EXPECT_EQ(service_.related_requests().at(0).similar_limit, 3u);
}

TEST_F(ArchiveEndpoints, HistoryListsTheClustersOwnItems) {
    const auto response = get("/api/items/" + id() + "/history");
    ASSERT_EQ(response.status, 200u) << response.body;
    const auto body = json::parse(response.body);
    ASSERT_EQ(body.at("items").size(), 1u);
    EXPECT_EQ(body.at("items").at(0).at("id"), "sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2024-03-01/2");
    EXPECT_EQ(get("/api/items/" + id() + "/history?limit=3").status, 400u) << "history takes no parameters";
}

TEST_F(ArchiveEndpoints, BadParametersAndUnknownItems) {
    for (const char* limit : {"0", "51", "x", ""}) {
        const auto response = get("/api/items/" + id() + "/similar?limit=" + limit);
        EXPECT_EQ(response.status, 400u) << limit;
        EXPECT_EQ(json::parse(response.body).at("error").at("parameter"), "limit") << limit;
    }
    EXPECT_EQ(json::parse(get("/api/items/" + id() + "/similar?foo=1").body).at("error").at("parameter"), "foo");
    const auto missing = get("/api/items/ingen/saadan/2024-01-01/1/similar");
    EXPECT_EQ(missing.status, 404u);
    EXPECT_EQ(json::parse(missing.body).at("error").at("code"), "not_found");
    EXPECT_EQ(get("/api/items/" + id()).status, 200u) << "the item itself is still served";
    EXPECT_EQ(get("/api/items//similar").status, 404u);
}

TEST_F(ArchiveEndpoints, CoverageByBodyAndForumWithGaps) {
    const auto response = get("/api/coverage?body=Randersklyngen&body=Sundhedsklynge%20Fyn&utm_source=x");
    ASSERT_EQ(response.status, 200u) << response.body;
    const auto body = json::parse(response.body);
    EXPECT_EQ(body.at("meetings"), 1);
    EXPECT_EQ(body.at("items"), 7);
    const auto& body0 = body.at("bodies").at(0);
    EXPECT_EQ(body0.at("body"), "Randersklyngen");
    EXPECT_EQ(body0.at("region"), "Region Midtjylland");
    const auto& forum = body0.at("forums").at(0);
    EXPECT_EQ(forum.at("typical_days"), 91);
    EXPECT_EQ(forum.at("meetings").at(0).at("url"), "/moede/randersklyngen/politisk-niveau/2024-05-03");
    EXPECT_EQ(forum.at("meetings").at(0).at("kind"), "referat");
    EXPECT_EQ(forum.at("gaps").at(0).at("days"), 488);
    ASSERT_EQ(service_.coverage_requests().size(), 1u);
    EXPECT_EQ(service_.coverage_requests()[0].bodies,
              (std::vector<std::string>{"Randersklyngen", "Sundhedsklynge Fyn"}));
    EXPECT_EQ(json::parse(get("/api/coverage?region=x").body).at("error").at("parameter"), "region");
}

}  // namespace
}  // namespace rs::http
