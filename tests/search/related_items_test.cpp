// Related items: similar items in other clusters by relevance feedback on the item's own
// text, and the item's history in its own cluster.

#include <gtest/gtest.h>

#include <algorithm>

#include "indexer/index/build.hpp"
#include "searchd/search/xapian_search_service.hpp"
#include "tests/search/search_index.hpp"

namespace rs::test {
namespace {

namespace sec = schema::section;

std::vector<std::string> ids_of(const std::vector<search::RelatedItem>& items) {
    std::vector<std::string> ids;
    for (const auto& related : items) ids.push_back(related.hit.item.id);
    return ids;
}

bool contains(const std::vector<std::string>& values, const std::string& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

// The bundled minutes and the layout fixtures, as the indexer builds them.
class BundledRelated : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        const auto report = indexer::build_index(dir_->path(), {corpus_dir(), fixtures_dir() / "layouts"});
        ASSERT_GT(report.items_indexed, 50u);
        service_ = search::make_xapian_search_service(dir_->path(), 1).release();
    }
    static void TearDownTestSuite() {
        delete service_;
        delete dir_;
    }
    static inline TempDir* dir_ = nullptr;
    static inline search::SearchService* service_ = nullptr;
};

constexpr const char* lillebaelt_lkt = "sundhedsklynge-lillebaelt/fagligt-strategisk-niveau/2024-03-01/4";

TEST_F(BundledRelated, HipFractureItemsOfOtherClustersAreSimilarToLillebaeltsLkt) {
    const auto related = service_->related(lillebaelt_lkt, {});
    ASSERT_TRUE(related);
    const auto ids = ids_of(related->similar);
    EXPECT_TRUE(contains(ids, "randersklyngen/politisk-niveau/2024-05-03/4")) << "Randers' hip-fracture item";
    EXPECT_TRUE(contains(ids, "sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2025-04-28/3"))
        << "Sønderjylland's Kom Trygt Hjem evaluation";
    EXPECT_TRUE(contains(related->key_terms, "hoftebrud"));
    for (const auto& item : related->similar) {
        EXPECT_NE(item.hit.meeting.cluster, "Sundhedsklynge Lillebælt") << item.hit.item.id << " is of the same cluster";
        EXPECT_FALSE(item.hit.item.procedural) << item.hit.item.id;
        EXPECT_FALSE(item.shared_terms.empty()) << item.hit.item.id << " needs a reason";
        for (const auto& term : item.shared_terms) EXPECT_TRUE(contains(related->key_terms, term)) << term;
    }
    EXPECT_LE(related->similar.size(), search::RelatedRequest::default_limit);
}

TEST_F(BundledRelated, MostSimilarFirstAndTheLimitHolds) {
    search::RelatedRequest request;
    request.similar_limit = 2;
    const auto related = service_->related("randersklyngen/politisk-niveau/2024-05-03/4", request);
    ASSERT_TRUE(related);
    ASSERT_EQ(related->similar.size(), 2u);
    EXPECT_EQ(related->similar[0].hit.item.id, lillebaelt_lkt);
    EXPECT_GE(related->similar[0].hit.relevance, related->similar[1].hit.relevance);
    EXPECT_EQ(related->similar[0].shared_projects,
              (std::vector<std::string>{"Kom Trygt Hjem", "LKT Sammenhængende Hoftebrudsforløb"}));
}

TEST_F(BundledRelated, UnknownItemsAreNotFoundAndLimitsAreChecked) {
    EXPECT_FALSE(service_->related("ingen/saadan/2024-01-01/1", {}));
    EXPECT_FALSE(service_->related("", {}));
    search::RelatedRequest request;
    request.similar_limit = search::RelatedRequest::max_limit + 1;
    EXPECT_THROW(service_->related(lillebaelt_lkt, request), search::InvalidRequest);
}

// A cluster that dealt with one project at three meetings, among other business.
class History : public ::testing::Test {
protected:
    static schema::AgendaItem project_item(const schema::Meeting& m, int number, const std::string& title,
                                           const std::string& text) {
        auto item = make_item(m, number, title, {{sec::sagsfremstilling, text}});
        item.projects = {"Kom Trygt Hjem"};
        return item;
    }
    static schema::AgendaItem welcome(const schema::Meeting& m) {
        auto item = make_item(m, 1, "Velkomst", {{sec::tekst, "Formanden bød velkommen til mødet om hoftebrud."}});
        item.procedural = true;
        return item;
    }
    static void SetUpTestSuite() {
        const auto spring = make_meeting("Sundhedsklynge Sønderjylland", "Fagligt strategisk niveau", "2024-03-01");
        const auto autumn = make_meeting("Sundhedsklynge Sønderjylland", "Fagligt strategisk niveau", "2024-09-01");
        const auto later = make_meeting("Sundhedsklynge Sønderjylland", "Politisk niveau", "2025-04-28");
        const auto summer = make_meeting("Sundhedsklynge Sønderjylland", "Politisk niveau", "2025-06-01");
        const auto elsewhere = make_meeting("Randersklyngen", "Politisk niveau", "2024-05-03");
        const std::string hip = "Ældre borgere med hoftebrud udskrives til eget hjem med opfølgende hjemmebesøg, "
                                "telefonopkald fra sygehuset og en fælles plan for genoptræning af hoftebrud.";
        std::vector<schema::AgendaItem> other_business;  // what else the clusters dealt with
        const char* topics[] = {"Tolkeydelser i almen praksis", "Influenzavaccination af personale",
                                "Lægedækning i yderområder", "Rehabilitering af hjertepatienter",
                                "Børn og unge i mistrivsel", "Digital genoptræning af knæ",
                                "Praksisplan for fysioterapi", "Akutfunktionens åbningstider"};
        int number = 10;
        for (const char* topic : topics)
            other_business.push_back(make_item(elsewhere, number++, topic,
                                               {{sec::sagsfremstilling, std::string(topic) + " blev drøftet i klyngen."}}));
        other_business.push_back(project_item(elsewhere, 4, "Hoftebrud i Randers", hip));
        index_ = new SearchIndex(
            {make_minutes(spring, {welcome(spring), project_item(spring, 2, "Godkendelse af projektet Kom Trygt Hjem", hip),
                                   make_item(spring, 3, "Budget for tolkeydelser",
                                             {{sec::sagsfremstilling, "Udgifter til tolke i almen praksis."}})}),
             make_minutes(autumn, {project_item(autumn, 4, "Status på Kom Trygt Hjem", hip),
                                   make_item(autumn, 5, "Opfølgning efter hoftebrud", {{sec::sagsfremstilling, hip}}),
                                   make_item(autumn, 6, "Vaccinationsindsats",
                                             {{sec::sagsfremstilling, "Influenzavaccination af personale."}})}),
             make_minutes(later, {project_item(later, 3, "Evaluering af Kom Trygt Hjem", hip)}),
             make_minutes(summer, {project_item(summer, 2, "Regnskab for projektet",
                                                "Udgifterne til tolke og kørsel fordeles mellem kommunerne.")}),
             make_minutes(elsewhere, std::move(other_business))});
    }
    static void TearDownTestSuite() {
        delete index_;
        index_ = nullptr;
    }
    static inline SearchIndex* index_ = nullptr;
};

TEST_F(History, SameClusterSameProjectOrStrongOverlapInDateOrder) {
    const auto related = index_->service->related("sundhedsklynge-soenderjylland/politisk-niveau/2025-04-28/3", {});
    ASSERT_TRUE(related);
    EXPECT_EQ(ids_of(related->history),
              (std::vector<std::string>{"sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2024-03-01/2",
                                        "sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2024-09-01/4",
                                        "sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2024-09-01/5",
                                        "sundhedsklynge-soenderjylland/politisk-niveau/2025-06-01/2"}))
        << "the project's items (its accounts too, though they share no words) and the untagged item with the "
           "same text; not the budget or the vaccinations";
    EXPECT_EQ(related->history[0].shared_projects, std::vector<std::string>{"Kom Trygt Hjem"});
    EXPECT_TRUE(related->history[2].shared_projects.empty());
    ASSERT_FALSE(related->similar.empty());
    EXPECT_EQ(related->similar.front().hit.item.id, "randersklyngen/politisk-niveau/2024-05-03/4")
        << "the same text in another cluster first, before items sharing a word or two";
}

TEST_F(History, LeavesOutTheItemsOwnMeeting) {
    const auto related = index_->service->related("sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2024-09-01/4", {});
    ASSERT_TRUE(related);
    for (const auto& item : related->history) EXPECT_NE(item.hit.meeting.date, "2024-09-01") << item.hit.item.id;
    EXPECT_EQ(related->history.size(), 3u);
}

TEST_F(History, ProceduralItemsHaveNothingRelated) {
    const auto related = index_->service->related("sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2024-03-01/1", {});
    ASSERT_TRUE(related) << "the item exists";
    EXPECT_TRUE(related->key_terms.empty());
    EXPECT_TRUE(related->similar.empty());
    EXPECT_TRUE(related->history.empty());
}

}  // namespace
}  // namespace rs::test
