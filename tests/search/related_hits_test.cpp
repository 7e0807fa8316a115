// Related hits: a plain query that finds less than a page also lists items on the same
// subject that do not use its words, found by the words of its best matches
// (feedback_expansion.hpp), apart from its hits and never counted with them.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "tests/search/search_index.hpp"

namespace {

namespace schema = rs::schema;
namespace search = rs::search;
using rs::test::make_item;
using rs::test::make_meeting;
using rs::test::make_minutes;

constexpr const char* reform = "sundhedsklynge-vest/politisk-niveau/2024-05-01/1";
constexpr const char* rules = "sundhedsklynge-vest/politisk-niveau/2024-05-01/2";
constexpr const char* constitution = "sundhedsklynge-vest/politisk-niveau/2024-05-01/3";
constexpr const char* hip_fracture = "sundhedsklynge-vest/politisk-niveau/2024-05-01/4";
constexpr const char* elsewhere = "randersklyngen/politisk-niveau/2024-06-01/1";

std::vector<schema::Minutes> corpus() {
    using schema::section::sagsfremstilling;
    auto vest = make_meeting("Sundhedsklynge Vest", "Politisk niveau", "2024-05-01");
    auto randers = make_meeting("Randersklyngen", "Politisk niveau", "2024-06-01");
    // Other business, so that the subject's words are as rare as in a real archive: a
    // word in more than max_feedback_share of all items is never an expansion.
    auto other = make_meeting("Sundhedsklynge Fyn", "Politisk niveau", "2024-07-01");
    std::vector<schema::AgendaItem> business;
    for (int number = 1; number <= 16; ++number)
        business.push_back(make_item(other, number, "Vejarbejde " + std::to_string(number),
                                     {{sagsfremstilling, "Kommunen orienterer om vejarbejdet."}}));
    return {make_minutes(other, std::move(business)),
            make_minutes(vest, {make_item(vest, 1, "Sundhedsreformen",
                                          {{sagsfremstilling, "Med sundhedsreformen samles klyngerne i et sundhedsråd "
                                                              "fra 2027. Overgangsperioden planlægges."}}),
                                make_item(vest, 2, "Forretningsorden for sundhedsrådet",
                                          {{sagsfremstilling, "Sundhedsrådet fastlægger mødefrekvens i overgangsperioden."}}),
                                make_item(vest, 3, "Konstituering af sundhedsrådet",
                                          {{sagsfremstilling, "Sundhedsrådet vælger formand og næstformand."}}),
                                make_item(vest, 4, "Hoftebrud",
                                          {{sagsfremstilling, "Forløbet for borgere med hoftebrud i kommunen."}})}),
            make_minutes(randers, {make_item(randers, 1, "Sundhedsrådets budget",
                                             {{sagsfremstilling, "Budgettet for sundhedsrådet i overgangsperioden."}})})};
}

// One index for every test here, built on first use.
search::SearchService& service() {
    static const rs::test::SearchIndex index(corpus());
    return *index.service;
}

search::SearchResult find(const search::SearchRequest& request) { return service().search(request); }
search::SearchResult find(const std::string& q) { return find(rs::test::request(q, 10)); }

std::set<std::string> related_ids(const search::SearchResult& result) {
    std::set<std::string> ids;
    for (const auto& hit : result.related_hits) ids.insert(hit.item.id);
    return ids;
}

}  // namespace

TEST(RelatedHits, AQueryThatFindsLittleListsItemsOnItsSubjectAfterItsHits) {
    const auto result = find("sundhedsreform");
    EXPECT_EQ(rs::test::hit_ids(result), std::vector<std::string>{reform});
    EXPECT_EQ(result.total, 1u) << "related hits are not counted";
    const auto related = related_ids(result);
    EXPECT_TRUE(related.contains(rules));
    EXPECT_TRUE(related.contains(constitution));
    EXPECT_TRUE(related.contains(elsewhere));
    EXPECT_FALSE(related.contains(reform)) << "a hit is not also related";
    EXPECT_FALSE(related.contains(hip_fracture)) << "an item sharing no telling word";
    // The words as the minutes write them, not index terms.
    ASSERT_FALSE(result.related_words.empty());
    EXPECT_TRUE(std::any_of(result.related_words.begin(), result.related_words.end(),
                            [](const std::string& word) { return word.starts_with("sundhedsråd"); }));
    for (const auto& word : result.related_words) EXPECT_NE(word.front(), 'Z') << word;
    // Their snippets mark what found them.
    for (const auto& hit : result.related_hits) EXPECT_NE(hit.snippet.find("<mark>"), std::string::npos) << hit.item.id;
}

TEST(RelatedHits, KeepTheFiltersAndLeaveTheFacetCountsAlone) {
    auto request = rs::test::request("sundhedsreform", 10);
    request.filters["cluster"] = {"Sundhedsklynge Vest"};
    const auto result = find(request);
    EXPECT_EQ(result.total, 1u);
    EXPECT_FALSE(result.related_hits.empty());
    EXPECT_FALSE(related_ids(result).contains(elsewhere)) << "another cluster's item, filtered out";
    const auto clusters = rs::test::as_map(result.facets.at("cluster"));
    EXPECT_EQ(clusters.at("Sundhedsklynge Vest"), 1u) << "counts are of the hits only";
}

TEST(RelatedHits, NoneWhenTheHitsFillThePageOrTheQueryIsExact) {
    EXPECT_TRUE(find(rs::test::request("sundhedsreform", 1)).related_hits.empty()) << "the one hit fills a page of 1";
    EXPECT_TRUE(find("\"sundhedsreformen\"").related_hits.empty()) << "a phrase asks for what it says";
    EXPECT_TRUE(find("titel:sundhedsreformen").related_hits.empty());
    EXPECT_TRUE(find("sundhedsref*").related_hits.empty());
    EXPECT_TRUE(find("ingenting").related_hits.empty()) << "nothing found, nothing to learn from";
    EXPECT_TRUE(find("").related_hits.empty());
}

TEST(RelatedHits, NoneWhenTurnedOffSortedByDateOrOnALaterPage) {
    auto off = rs::test::request("sundhedsreform", 10);
    off.fill_with_related = false;
    EXPECT_TRUE(find(off).related_hits.empty());
    auto newest = rs::test::request("sundhedsreform", 10);
    newest.sort = search::SortOrder::newest;
    EXPECT_TRUE(find(newest).related_hits.empty()) << "by date they would mix with the hits";
    auto later = rs::test::request("sundhedsreform", 10);
    later.offset = 1;
    EXPECT_TRUE(find(later).related_hits.empty());
}

TEST(RelatedHits, NeverMoreThanTheRelatedCapEvenForALargePage) {
    const auto result = find(rs::test::request("sundhedsreform", search::SearchRequest::max_limit));
    EXPECT_LE(result.related_hits.size(), search::SearchResult::max_related_hits);
    EXPECT_FALSE(result.related_hits.empty());
}
