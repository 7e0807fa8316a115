// What the query text matches: Danish stemming, fields, phrases, NOT, and queries a user
// can mistype, which must give results or InvalidRequest and never anything else.
#include <set>

#include <gtest/gtest.h>

#include "searchd/search/query_builder.hpp"
#include "tests/search/search_index.hpp"

namespace schema = rs::schema;
namespace search = rs::search;
using rs::test::make_item;
using rs::test::make_meeting;
using rs::test::make_minutes;

namespace {
std::vector<schema::Minutes> small_corpus() {
    auto a = make_meeting("Sundhedsklynge Lillebælt", "Politisk niveau", "2024-02-01");
    auto b = make_meeting("Randersklyngen", "Politisk niveau", "2024-03-01");
    auto secret = make_item(b, 3, "Personalesag", {{schema::section::beslutning, "Hemmeligholdt personaleforhold."}});
    secret.closed = true;
    return {make_minutes(a, {make_item(a, 1, "Kom Trygt Hjem", {{schema::section::beslutning, "Indstillingen blev godkendt."}}),
                             make_item(a, 2, "Demens", {{schema::section::resume, "Kommunerne drøftede demens."},
                                                        {schema::section::bilag, "godkendelse.pdf"}})}),
            make_minutes(b, {make_item(b, 1, "Hoftebrud", {{schema::section::sagsfremstilling,
                                                            "Forløbet på sygehuset for borgere med hoftebrud i kommunen."}}),
                             make_item(b, 2, "Økonomi", {{schema::section::beslutning, "Kommissoriet blev ikke godkendt."}}),
                             secret})};
}

class SearchQuery : public ::testing::Test {
protected:
    static void SetUpTestSuite() { index_ = new rs::test::SearchIndex(small_corpus()); }
    static void TearDownTestSuite() {
        delete index_;
        index_ = nullptr;
    }
    static search::SearchResult find(const std::string& q) { return index_->service->search(rs::test::request(q)); }
    static std::set<int> numbers_in(const std::string& q, const std::string& date) {
        std::set<int> numbers;
        for (const auto& hit : find(q).hits)
            if (hit.meeting.date == date) numbers.insert(hit.item.number);
        return numbers;
    }
    static rs::test::SearchIndex* index_;
};
rs::test::SearchIndex* SearchQuery::index_ = nullptr;
}  // namespace

TEST_F(SearchQuery, InflectedFormsMatchThroughTheDanishStemmer) {
    // godkendelse and godkendt share the stem godkend: both Beslutninger and the Bilag.
    EXPECT_EQ(find("godkendelse").total, 3u);
    EXPECT_EQ(find("kommune").total, 2u) << "kommunerne and kommunen";
}

TEST_F(SearchQuery, PlainWordsForgiveOneMissingWordAndRankAllFirst) {
    // Two plain words: either may be missing, the item with both comes first.
    const auto both = find("godkendt kommissoriet");
    EXPECT_EQ(both.total, find("godkendt OR kommissoriet").total);
    ASSERT_FALSE(both.hits.empty());
    EXPECT_EQ(find("godkendt AND kommissoriet").total, 1u);
    EXPECT_EQ(both.hits[0].item.id, find("godkendt AND kommissoriet").hits.at(0).item.id);
    // With syntax the query is read as written: AND between words without an operator.
    EXPECT_EQ(find("godkendt AND hoftebrud").total, 0u);
    EXPECT_EQ(find("+godkendt +hoftebrud").total, 0u);
    EXPECT_EQ(find("godkendt OR hoftebrud").total, 4u);
    // Three words: at least two of them.
    const auto three = find("godkendt kommissoriet xyzukendt");
    EXPECT_EQ(three.total, 1u) << "only the item with godkendt and kommissoriet has two of the three";
    // Stop words need not match.
    EXPECT_EQ(find("kommissoriet og det i").total, find("kommissoriet").total);
}

TEST_F(SearchQuery, FieldNamesRestrictToASection) {
    EXPECT_EQ(find("beslutning:godkendt").total, 2u);
    EXPECT_EQ(find("bilag:godkendelse").total, 1u);
    EXPECT_EQ(find("titel:demens").total, 1u);
    EXPECT_EQ(numbers_in("resume:demens", "2024-02-01"), std::set<int>{2});
}

TEST_F(SearchQuery, AFieldSearchHasSynonymsInThatField) {
    // hoftefraktur is a synonym of hoftebrud (schema/data/synonyms.tsv).
    EXPECT_EQ(find("titel:hoftefraktur").total, 1u);
    EXPECT_EQ(find("sagsfremstilling:hoftefraktur").total, 1u);
    EXPECT_EQ(find("beslutning:hoftefraktur").total, 0u) << "the synonym stays in the field";
    EXPECT_EQ(find("titel:\"hoftefraktur\"").total, 0u) << "a quoted word is searched as written";
}

TEST(SearchRanking, TheFormTypedAboveOtherFormsAndCompounds) {
    // Three items alike but for the word: "hjem" as typed, its stem's other form
    // ("hjemme"), and a compound holding it. The typed form is last in agenda order, so a
    // tie would put it last.
    auto m = make_meeting("Sundhedsklynge Fyn", "Politisk niveau", "2024-02-01");
    using schema::section::sagsfremstilling;
    rs::test::SearchIndex index({make_minutes(m, {make_item(m, 1, "Punkt", {{sagsfremstilling, "Borgeren bor hjemme."}}),
                                                  make_item(m, 2, "Punkt", {{sagsfremstilling, "Borgeren får hjemmesygepleje."}}),
                                                  make_item(m, 3, "Punkt", {{sagsfremstilling, "Borgeren kom hjem."}})})});
    const auto result = index.service->search(rs::test::request("hjem"));
    ASSERT_EQ(result.hits.size(), 3u);
    EXPECT_EQ(result.hits[0].item.number, 3) << "the form typed first";
}

TEST_F(SearchQuery, PhrasesAndExclusion) {
    EXPECT_EQ(find("\"kom trygt hjem\"").total, 1u);
    EXPECT_EQ(find("\"hjem trygt kom\"").total, 0u);
    EXPECT_EQ(find("godkendt -kommissoriet").total, 2u);
    EXPECT_EQ(find("NOT godkendt").total, 1u) << "a pure NOT means everything else";
}

TEST_F(SearchQuery, MeetingFactsCanBeTypedWithTheWords) {
    EXPECT_EQ(find("randers AND hoftebrud").total, 0u) << "Randersklyngen is one word";
    EXPECT_EQ(find("randersklyngen AND hoftebrud").total, 1u);
    EXPECT_EQ(find("lillebælt AND demens").total, 1u);
}

TEST_F(SearchQuery, ClosedItemsAreNeverFound) {
    EXPECT_EQ(find("hemmeligholdt").total, 0u);
    EXPECT_EQ(find("personalesag").total, 0u);
    EXPECT_EQ(find("").total, 4u);
    EXPECT_FALSE(index_->service->item("randersklyngen/politisk-niveau/2024-03-01/3", "").has_value());
}

TEST_F(SearchQuery, DecomposedQueryMatchesPrecomposedText) {
    EXPECT_EQ(find("pa\u030A hoftebrud").total, 1u) << "\"på\" typed as a + combining ring";
}

TEST_F(SearchQuery, MalformedQueriesGiveResultsOrInvalidRequestOnly) {
    const std::vector<std::string> queries{
        "kommune AND", "\"", "((", "OR", "NOT x", "a..b", "AND", "-", "*", "x NOT", "\"unclosed phrase", "titel:",
        ":", "))", "godk* OR", "NEAR", "+", "&", "<script>", "kommune AND AND demens", "(kommune", "beslutning:(",
        "\"\"", "-godkendt", "NOT", "a NEAR", "XOR", "\xff\xfe", "..", "1..2", std::string(3000, 'a'), "ø*"};
    for (const auto& q : queries) {
        for (bool with_filter : {false, true}) {
            auto request = rs::test::request(q);
            if (with_filter) request.filters["region"] = {"Region Syddanmark"};
            try {
                const auto result = index_->service->search(request);
                EXPECT_LE(result.hits.size(), result.total) << q;
            } catch (const search::InvalidRequest& e) {
                EXPECT_EQ(e.parameter(), "q") << q;
                EXPECT_FALSE(with_filter) << "with a filter something sensible remains: " << q;
            } catch (const std::exception& e) {
                ADD_FAILURE() << "query [" << q << "] threw " << e.what();
            }
        }
    }
}

TEST_F(SearchQuery, SyntaxErrorIsReadAsPlainWordsWithANote) {
    const auto result = find("kommune AND");
    EXPECT_EQ(result.total, find("kommune").total);
    EXPECT_FALSE(result.query_note.empty());
    EXPECT_TRUE(find("kommune").query_note.empty());
}

TEST_F(SearchQuery, NoWordsIsInvalidWithoutFiltersAndBrowsesWithThem) {
    try {
        find("\"");
        FAIL() << "expected InvalidRequest";
    } catch (const search::InvalidRequest& e) {
        EXPECT_EQ(e.parameter(), "q");
    }
    auto request = rs::test::request("((");
    request.filters["cluster"] = {"Randersklyngen"};
    const auto result = index_->service->search(request);
    EXPECT_EQ(result.total, 2u);
    EXPECT_FALSE(result.query_note.empty());
}

TEST(PlainWords, DropsSyntaxKeepsWords) {
    EXPECT_EQ(search::plain_words("kommune AND"), "kommune");
    EXPECT_EQ(search::plain_words("\"kom (trygt) hjem\" OR"), "kom trygt hjem");
    EXPECT_EQ(search::plain_words("beslutning:godk* -x"), "beslutning godk x");
    EXPECT_EQ(search::plain_words("sår og æbler"), "sår og æbler");
    EXPECT_EQ(search::plain_words("OR NOT"), "");
}

TEST_F(SearchQuery, WildcardWordsAreBoundedPerQuery) {
    EXPECT_EQ(search::wildcard_words("kommun* \"sundheds*\" * a** b"), 3u);
    // 330 wildcards cost seconds of CPU before they were bounded; now a clear 400 at once.
    std::string hostile;
    for (int i = 0; i < 330; ++i) hostile += "s* ";
    try {
        find(hostile);
        ADD_FAILURE() << "330 wildcard words were searched";
    } catch (const search::InvalidRequest& e) {
        EXPECT_EQ(e.parameter(), "q");
        EXPECT_NE(std::string(e.what()).find("at most 8 words with *"), std::string::npos) << e.what();
    }
    EXPECT_NO_THROW(find("g* k* a* b* c* d* e* f*")) << "eight are allowed";
    EXPECT_FALSE(find("godk*").partial);
}
