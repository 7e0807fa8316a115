// Snippets: which section, marks on inflected forms, and HTML escaping.
#include <gtest/gtest.h>

#include "searchd/search/snippet.hpp"
#include "tests/search/search_index.hpp"

namespace schema = rs::schema;
namespace search = rs::search;
namespace sec = schema::section;
using rs::test::make_item;
using rs::test::make_meeting;
using rs::test::make_minutes;

namespace {
schema::AgendaItem item_with(const std::vector<std::pair<std::string, std::string>>& sections) {
    return make_item(make_meeting("Randersklyngen", "Politisk niveau", "2024-01-01"), 1, "Titel", sections);
}

// Marks every "ord" in the text, "" if there is none: enough to test the section choice.
const search::Highlighter mark_ord = [](const std::string& text) {
    std::string out;
    bool any = false;
    for (std::size_t at = 0; at < text.size();) {
        if (text.compare(at, 3, "ord") == 0) {
            out += "<mark>ord</mark>";
            at += 3;
            any = true;
        } else {
            out += text[at++];
        }
    }
    return any ? out : std::string();
};
}  // namespace

TEST(Snippet, SectionWithMostMatchesWins) {
    const auto item = item_with({{sec::beslutning, "ord"}, {sec::sagsfremstilling, "ord og ord og ord"}});
    EXPECT_EQ(search::make_snippet(item, &mark_ord), "<mark>ord</mark> og <mark>ord</mark> og <mark>ord</mark>");
}

TEST(Snippet, BeslutningWinsATie) {
    const auto item = item_with({{sec::resume, "ord i resumé"}, {sec::beslutning, "ord i beslutning"}});
    EXPECT_EQ(search::make_snippet(item, &mark_ord), "<mark>ord</mark> i beslutning");
}

TEST(Snippet, WithoutMatchesTheDecisionElseTheSummaryElseTheFirstSection) {
    EXPECT_EQ(search::make_snippet(item_with({{sec::resume, "Resumé."}, {sec::konklusion, "Konklusion."}}), nullptr),
              "Konklusion.");
    EXPECT_EQ(search::make_snippet(item_with({{sec::sagsfremstilling, "Sag."}, {sec::resume, "Resumé."}}), &mark_ord),
              "Resumé.");
    EXPECT_EQ(search::make_snippet(item_with({{sec::bilag, " "}, {sec::sagsfremstilling, "Sag\n\nmere."}}), nullptr),
              "Sag mere.");
    EXPECT_EQ(search::make_snippet(item_with({}), nullptr), "");
}

TEST(Snippet, PlainExcerptCutsAtAWordAndEscapes) {
    EXPECT_EQ(search::plain_excerpt("a <b> & c", 100), "a &lt;b&gt; &amp; c");
    EXPECT_EQ(search::plain_excerpt("ære være åen", 9), "ære…");
    std::string ae;
    for (int i = 0; i < 10; ++i) ae += "æ";
    EXPECT_EQ(search::plain_excerpt(ae, 5), "ææ…");
    EXPECT_EQ(search::html_escape("\"'"), "&quot;&#39;");
}

namespace {
class SearchSnippets : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        auto m = make_meeting("Randersklyngen", "Politisk niveau", "2024-01-01");
        index_ = new rs::test::SearchIndex({make_minutes(
            m, {make_item(m, 1, "Kom Trygt Hjem",
                          {{sec::resume, "Kort om hoftebrud."},
                           {sec::sagsfremstilling, "Forløbet ved hoftebrud: genoptræning efter hoftebrud og hoftebrud igen."},
                           {sec::beslutning, "Indstillingen blev godkendt <script>alert(1)</script> & sendt videre."}})})});
    }
    static void TearDownTestSuite() {
        delete index_;
        index_ = nullptr;
    }
    static std::string snippet_for(const std::string& q) {
        const auto result = index_->service->search(rs::test::request(q));
        return result.hits.empty() ? "<no hit>" : result.hits.front().snippet;
    }
    static rs::test::SearchIndex* index_;
};
rs::test::SearchIndex* SearchSnippets::index_ = nullptr;
}  // namespace

TEST_F(SearchSnippets, InflectedFormsAreMarkedAndHtmlIsEscaped) {
    const std::string snippet = snippet_for("godkendelse");
    EXPECT_NE(snippet.find("<mark>godkendt</mark>"), std::string::npos) << snippet;
    EXPECT_NE(snippet.find("&lt;script&gt;"), std::string::npos) << snippet;
    EXPECT_EQ(snippet.find("<script>"), std::string::npos) << snippet;
    EXPECT_NE(snippet.find("&amp;"), std::string::npos) << snippet;
}

TEST_F(SearchSnippets, BrowsingShowsTheDecisionEscaped) {
    const std::string snippet = snippet_for("");
    EXPECT_EQ(snippet.rfind("Indstillingen blev godkendt", 0), 0u) << snippet;
    EXPECT_EQ(snippet.find("<script>"), std::string::npos) << snippet;
    EXPECT_EQ(snippet.find("<mark>"), std::string::npos) << snippet;
}

TEST_F(SearchSnippets, TheSectionWhereTheQueryMatchesMostIsShown) {
    const std::string snippet = snippet_for("hoftebrud");
    EXPECT_NE(snippet.find("genoptræning"), std::string::npos) << snippet;
}

TEST_F(SearchSnippets, FieldedQueriesAreMarkedToo) {
    const std::string snippet = snippet_for("resume:hoftebrud");
    EXPECT_NE(snippet.find("<mark>hoftebrud</mark>"), std::string::npos) << snippet;
}
