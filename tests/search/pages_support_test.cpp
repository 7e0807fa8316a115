// What the pages need from the search core: decision sentences on hits, meetings by key,
// words to mark on an item page, completions and "Mente du …".

#include <gtest/gtest.h>

#include "schema/ids.hpp"
#include "searchd/search/spelling_suggestion.hpp"
#include "tests/search/search_index.hpp"

namespace rs::test {
namespace {

namespace sec = schema::section;

class PagesSupport : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        auto m = make_meeting("Sundhedsklynge Lillebælt", "Fagligt strategisk niveau", "2024-03-01");
        auto other = make_meeting("Randersklyngen", "Politisk niveau", "2024-05-03");
        auto hip = make_item(m, 4, "Sammenhængende hoftebrudsforløb",
                             {{sec::sagsfremstilling, "Borgere med hoftebrud skal hjem. Hoftebruddet koster."},
                              {sec::beslutning, "Indstillingen blev godkendt. Sagen drøftes igen."}});
        hip.projects = {"Kom Trygt Hjem"};
        hip.topics = {"hoftebrud"};
        auto dementia = make_item(m, 5, "Demensindsats", {{sec::sagsfremstilling, "Demens og demensvenlige kommuner."}});
        dementia.topics = {"demens"};
        meeting_ = m;
        hip_ = hip;
        index_ = new SearchIndex({make_minutes(m, {make_item(m, 1, "Velkomst"), hip, dementia}),
                                  make_minutes(other, {make_item(other, 1, "Hoftebrud i Randers")})});
    }
    static void TearDownTestSuite() {
        delete index_;
        index_ = nullptr;
    }

    static inline SearchIndex* index_ = nullptr;
    static inline schema::Meeting meeting_;
    static inline schema::AgendaItem hip_;
};

TEST_F(PagesSupport, HitsCarryTheDecisionSentence) {
    const auto result = index_->service->search(request("hoftebrudsforløb"));
    ASSERT_EQ(result.hits.size(), 1u);
    EXPECT_EQ(result.hits[0].decision_text, "Indstillingen blev godkendt. Sagen drøftes igen.");
}

TEST_F(PagesSupport, ExportsTakeManyRowsWithoutSnippetsOrCounts) {
    auto wanted = request("", 1);
    wanted.purpose = search::SearchPurpose::export_rows;
    wanted.limit = search::SearchRequest::max_export_limit;
    const auto result = index_->service->search(wanted);
    EXPECT_EQ(result.hits.size(), 4u);
    EXPECT_EQ(result.total, 4u);
    for (const auto& hit : result.hits) EXPECT_TRUE(hit.snippet.empty());
    EXPECT_TRUE(result.facets.empty());
    wanted.limit = search::SearchRequest::max_export_limit + 1;
    EXPECT_THROW(index_->service->search(wanted), search::InvalidRequest);
    auto page = request("", search::SearchRequest::max_limit + 1);
    EXPECT_THROW(index_->service->search(page), search::InvalidRequest);
}

TEST_F(PagesSupport, MeetingByKeyWithItsItemsInOrder) {
    const auto key = schema::meeting_key(meeting_);
    const auto detail = index_->service->meeting(key);
    ASSERT_TRUE(detail.has_value());
    EXPECT_EQ(detail->key, key);
    EXPECT_EQ(detail->meeting.cluster, "Sundhedsklynge Lillebælt");
    ASSERT_EQ(detail->items.size(), 3u);
    EXPECT_EQ(detail->items[0].item.number, 1);
    EXPECT_EQ(detail->items[1].decision_text, "Indstillingen blev godkendt. Sagen drøftes igen.");
    EXPECT_TRUE(index_->service->meeting(key.substr(0, key.size() - 1) + "2").has_value() == false);
    EXPECT_FALSE(index_->service->meeting("").has_value());
}

TEST_F(PagesSupport, ItemMarksInflectedAndTruncatedWords) {
    auto detail = index_->service->item(hip_.id, "hoftebrud");
    ASSERT_TRUE(detail.has_value());
    EXPECT_EQ(detail->marked_words, (std::vector<std::string>{"hoftebrud", "hoftebruddet", "hoftebrudsforløb"}))
        << "inflections, and the compound the word is a part of";
    detail = index_->service->item(hip_.id, "forløb");
    EXPECT_EQ(detail->marked_words, (std::vector<std::string>{"hoftebrudsforløb"}));
    detail = index_->service->item(hip_.id, "hoftebr*");
    EXPECT_EQ(detail->marked_words,
              (std::vector<std::string>{"hoftebrud", "hoftebruddet", "hoftebrudsforløb"}));
    detail = index_->service->item(hip_.id, "titel:godkendt");
    EXPECT_EQ(detail->marked_words, (std::vector<std::string>{"godkendt"})) << "fields mark the word wherever it is";
    EXPECT_TRUE(index_->service->item(hip_.id, "")->marked_words.empty());
    EXPECT_TRUE(index_->service->item(hip_.id, "\"")->marked_words.empty());
}

TEST_F(PagesSupport, SuggestionsComeFromTheIndex) {
    const auto suggestions = index_->service->suggest({"hoft", 8});
    ASSERT_FALSE(suggestions.empty());
    std::vector<std::string> words;
    std::vector<std::string> titles;
    for (const auto& s : suggestions) {
        EXPECT_TRUE(s.text.starts_with("hoft") || s.text.starts_with("Hoft") || s.text.find("hoft") != std::string::npos)
            << s.text;
        if (s.kind == search::SuggestionKind::word) words.push_back(s.text);
        if (s.kind == search::SuggestionKind::title) titles.push_back(s.text);
    }
    // "hoftebrud" is a topic too: listed once, as the topic.
    EXPECT_EQ(suggestions[0], (search::Suggestion{"hoftebrud", search::SuggestionKind::topic}));
    EXPECT_NE(std::find(words.begin(), words.end(), "hoftebruddet"), words.end()) << ::testing::PrintToString(words);
    EXPECT_NE(std::find(titles.begin(), titles.end(), "Hoftebrud i Randers"), titles.end());
    const auto projects = index_->service->suggest({"kom tr", 8});
    ASSERT_FALSE(projects.empty());
    EXPECT_EQ(projects[0], (search::Suggestion{"Kom Trygt Hjem", search::SuggestionKind::project}));
    // The last word is completed; what comes before is kept as typed.
    const auto second = index_->service->suggest({"borgere hoftebr", 8});
    ASSERT_FALSE(second.empty());
    EXPECT_EQ(second[0].text, "borgere hoftebrud");
    EXPECT_TRUE(index_->service->suggest({"h", 8}).empty());
    EXPECT_LE(index_->service->suggest({"d", 1}).size(), 1u);
}

TEST_F(PagesSupport, DidYouMeanOnlyForUnknownWords) {
    const auto corrected = index_->service->search(request("hoftbrud"));
    EXPECT_EQ(corrected.suggestion, "hoftebrud");
    EXPECT_TRUE(corrected.suggestion_applied) << "nothing found as typed: the suggestion's hits are shown";
    EXPECT_EQ(corrected.total, index_->service->search(request("hoftebrud")).total);
    EXPECT_EQ(index_->service->search(request("demns indsats")).suggestion, "demens indsats");
    EXPECT_EQ(index_->service->search(request("hoftebrud")).suggestion, "") << "a found word is never corrected";
    EXPECT_EQ(index_->service->search(request("titel:hoftbrud")).suggestion, "") << "syntax is left alone";
    EXPECT_EQ(index_->service->search(request("xyzxyzq")).suggestion, "");
    // "dennes" is two edits from the indexed "demens", but both are Danish words
    // (hunspell-da's second opinion): one for the other would change the question.
    EXPECT_EQ(index_->service->search(request("dennes")).suggestion, "");
}

TEST(EditDistance, CountsCodePointsAndStopsAtTheLimit) {
    EXPECT_EQ(search::edit_distance("hoftbrud", "hoftebrud", 2), 1u);
    EXPECT_EQ(search::edit_distance("ålborg", "aalborg", 2), 2u);
    EXPECT_EQ(search::edit_distance("æble", "æble", 1), 0u);
    EXPECT_EQ(search::edit_distance("abc", "xyzuvw", 2), 3u);
}

}  // namespace
}  // namespace rs::test

namespace rs::test {
namespace {

// The rules of the analysis chain that are data: synonyms, stop words, spelling variants.
class AnalysisRules : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        auto m = make_meeting("Sundhedsklynge Vest", "Fagligt strategisk niveau", "2025-03-12");
        auto aalborg = make_item(m, 1, "Akutklinik i Aalborg", {{sec::beslutning, "Drøftet."}});
        auto lung = make_item(m, 2, "Forløbsprogram for KOL", {{sec::sagsfremstilling, "Borgere med KOL."}});
        auto hip = make_item(m, 3, "Indsats ved hoftebrud", {{sec::sagsfremstilling, "Hoftebruddene stiger."}});
        auto dem = make_item(m, 4, "Orientering", {{sec::sagsfremstilling, "Vi gav dem besked."}});
        auto dementia = make_item(m, 5, "Demens", {{sec::sagsfremstilling, "Demens i kommunerne."}});
        index_ = new SearchIndex({make_minutes(m, {aalborg, lung, hip, dem, dementia})});
    }
    static void TearDownTestSuite() {
        delete index_;
        index_ = nullptr;
    }
    static std::vector<int> numbers(const std::string& query) {
        std::vector<int> out;
        for (const auto& hit : index_->service->search(request(query)).hits) out.push_back(hit.item.number);
        std::sort(out.begin(), out.end());
        return out;
    }
    static inline SearchIndex* index_ = nullptr;
};

TEST_F(AnalysisRules, SynonymsFromDataFindEachOther) {
    EXPECT_EQ(numbers("hoftefraktur"), std::vector<int>{3});
    EXPECT_EQ(numbers("hoftenære lårbensbrud"), std::vector<int>{3});
    EXPECT_EQ(numbers("kronisk obstruktiv lungesygdom"), std::vector<int>{2});
    EXPECT_EQ(numbers("KOL"), std::vector<int>{2});
    EXPECT_TRUE(numbers("\"hoftefraktur\"").empty()) << "a quoted word is searched as written";
}

TEST_F(AnalysisRules, OldAndAsciiSpellingsAreTheSame) {
    EXPECT_EQ(numbers("ålborg"), std::vector<int>{1});
    EXPECT_EQ(numbers("Aalborg"), std::vector<int>{1});
    EXPECT_EQ(numbers("aalborg akutklinik"), std::vector<int>{1});
    EXPECT_EQ(search::spelling_variants("michael"), std::vector<std::string>{}) << "an exception";
    const auto variants = search::spelling_variants("aalborg");
    EXPECT_NE(std::find(variants.begin(), variants.end(), "ålborg"), variants.end());
}

TEST_F(AnalysisRules, StopWordsNeedNotMatch) {
    EXPECT_EQ(numbers("hvad besluttede man om demens"), std::vector<int>{5});
    EXPECT_EQ(numbers("akutklinik i aalborg"), std::vector<int>{1});
}

TEST_F(AnalysisRules, DemensIsNotDem) {
    EXPECT_EQ(numbers("demens"), std::vector<int>{5}) << "an item that only says \"dem\" is not about demens";
}

}  // namespace
}  // namespace rs::test
