// Every output a person or a tool reads — search page, permalink, meeting page, feed, CSV,
// OpenSearch — rendered through the router from a search service that returns hostile
// minutes text: it must come out as harmless text everywhere.

#include <gtest/gtest.h>

#include "searchd/http/page_endpoints.hpp"
#include "searchd/http/render_csv.hpp"
#include "searchd/http/router.hpp"
#include "tests/html/inert_html.hpp"
#include "tests/http/fake_search_service.hpp"

namespace rs::http {
namespace {

using test::expect_inert_html;
using test::hostile;
constexpr const char* script = test::hostile_script;

class Pages : public ::testing::Test {
protected:
    Pages() {
        auto hit = test::sample_hit(3, "… <mark>hoftebrud</mark> …");
        hit.item.title = hostile("Titel");
        hit.meeting.cluster = hostile("Klynge");
        hit.meeting.body = hit.meeting.cluster;
        hit.meeting.place = hostile("Sted");
        hit.item.decisions = {hostile("beslutning")};
        hit.item.topics = {hostile("emne")};
        hit.item.sections = {{"Beslutning", "Beslutning", hostile("Tekst") + "\n\n1. " + script + "\n2. to"}};
        hit.decision_text = hostile("Besluttet");
        service_.result.total = 1;
        service_.result.hits = {hit};
        service_.result.facets["cluster"] = {{hostile("Klynge"), 1}};
        service_.result.suggestion = hostile("forslag");
        service_.result.query_note = hostile("note");

        search::ItemDetail detail{hit.meeting, hit.item, hit.decision_text, {}, {"window"}};
        detail.meeting_items = {{hit.item.id, 3, "", hit.item.title}};
        service_.detail = detail;
        search::MeetingDetail meeting{"sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2025-04-28", hit.meeting,
                                      {hit}};
        service_.meeting_detail = meeting;
        site_.public_url = "https://referatsog.example";
    }

    Response get(const std::string& target) { return handle_request(Request{"GET", target, {}}, service_, site_); }

    test::FakeSearchService service_;
    SiteOptions site_;
};

TEST_F(Pages, SearchPageEscapesEverything) {
    const auto page = get("/?q=%3Cscript%3E%22");
    expect_inert_html(page);
    EXPECT_NE(page.body.find("value=\"&lt;script&gt;&quot;\""), std::string::npos) << "the query in the box, escaped";
    EXPECT_NE(page.body.find("<mark>hoftebrud</mark>"), std::string::npos) << "the snippet's own marks are kept";
}

TEST_F(Pages, RelatedItemsFollowTheHitsUnderTheirOwnHeading) {
    const auto plain = get("/?q=sundhedsreform");
    EXPECT_EQ(plain.body.find("Beslægtede punkter"), std::string::npos) << "no section without related items";
    auto related = test::sample_hit(9, "… <mark>sundhedsrådet</mark> …");
    related.item.title = hostile("Beslægtet");
    service_.result.related_hits = {related};
    service_.result.related_words = {hostile("ord"), "sundhedsrådet"};
    const auto page = get("/?q=sundhedsreform");
    expect_inert_html(page);
    const auto heading = page.body.find("Beslægtede punkter");
    ASSERT_NE(heading, std::string::npos);
    EXPECT_LT(page.body.find("<mark>hoftebrud</mark>"), heading) << "the matches come first";
    EXPECT_NE(page.body.find("sundhedsrådet", heading), std::string::npos) << "the words that found them";
    EXPECT_NE(page.body.find("href=\"/punkt/sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2025-04-28/9\"", heading),
              std::string::npos)
        << "a related item's link marks no query words it does not hold";
    service_.result.related_words.clear();
    const auto unnamed = get("/?q=sundhedsreform");
    EXPECT_NE(unnamed.body.find("de bedste fund.</p>"), std::string::npos) << "no words, no list of them";
}

TEST_F(Pages, ItemAndMeetingPagesEscapeEverything) {
    const auto item = get("/punkt/sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2025-04-28/3?q=window");
    expect_inert_html(item);
    EXPECT_NE(item.body.find("<mark>window</mark>"), std::string::npos) << "marked words of the query";
    EXPECT_NE(item.body.find("<link rel=\"canonical\" href=\"https://referatsog.example/punkt/"), std::string::npos);
    EXPECT_EQ(service_.highlights().back(), "window");
    expect_inert_html(get("/moede/sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2025-04-28"));
}

TEST_F(Pages, UnknownItemsAndMeetingsAreDanish404Pages) {
    for (const char* target : {"/punkt/nope/1", "/moede/nope"}) {
        const auto page = get(target);
        EXPECT_EQ(page.status, 404u) << target;
        EXPECT_NE(page.body.find("Siden findes ikke"), std::string::npos);
        EXPECT_NE(page.body.find("role=\"search\""), std::string::npos);
    }
}

TEST_F(Pages, BadSearchParametersGiveA400PageNamingTheParameter) {
    const auto page = get("/?q=demens&from=2024-02-30");
    EXPECT_EQ(page.status, 400u);
    EXPECT_NE(page.body.find("«from»"), std::string::npos);
    EXPECT_NE(page.body.find("value=\"demens\""), std::string::npos) << "the query is kept in the box";
    EXPECT_TRUE(service_.requests().empty());
}

TEST_F(Pages, FeedIsWellFormedAtomWithTheTextEscaped) {
    const auto feed = get("/feed?q=hoftebrud");
    ASSERT_EQ(feed.status, 200u);
    EXPECT_EQ(feed.content_type, "application/atom+xml; charset=utf-8");
    const std::string& xml = feed.body;
    EXPECT_EQ(xml.find("<script"), std::string::npos);
    EXPECT_EQ(xml.find("]]>"), std::string::npos) << "no raw CDATA terminator";
    EXPECT_NE(xml.find("<id>https://referatsog.example/feed?q=hoftebrud</id>"), std::string::npos);
    EXPECT_NE(xml.find("<link rel=\"alternate\" type=\"text/html\" href=\"https://referatsog.example/punkt/"),
              std::string::npos);
    EXPECT_NE(xml.find("<updated>2025-04-28T00:00:00Z</updated>"), std::string::npos);
    // The snippet travels as escaped HTML inside type="html" content.
    EXPECT_NE(xml.find("&lt;mark&gt;hoftebrud&lt;/mark&gt;"), std::string::npos);
    // A feed lists newest first whatever the request said.
    ASSERT_FALSE(service_.requests().empty());
    EXPECT_EQ(service_.requests().back().sort, search::SortOrder::newest);
    EXPECT_EQ(service_.requests().back().limit, feed_default_limit);
}

TEST_F(Pages, CsvQuotesFieldsAndDisarmsFormulas) {
    const auto csv = get("/api/search.csv?q=hoftebrud");
    ASSERT_EQ(csv.status, 200u);
    EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
    EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBF" "id;permalink;date;body;region;forum;number;title;type;decisions;"
                                     "decision_text;topics;projects\r\n"));
    EXPECT_NE(csv.body.find(";https://referatsog.example/punkt/sundhedsklynge-soenderjylland/"), std::string::npos);
    ASSERT_FALSE(service_.requests().empty());
    EXPECT_EQ(service_.requests().back().purpose, search::SearchPurpose::export_rows);
    EXPECT_EQ(service_.requests().back().limit, search::SearchRequest::max_export_limit);
    EXPECT_EQ(csv_field("=SUM(A1)"), "'=SUM(A1)");
    EXPECT_EQ(csv_field("-1"), "'-1");
    EXPECT_EQ(csv_field("a;b"), "\"a;b\"");
    EXPECT_EQ(csv_field("say \"hi\"\nnow"), "\"say \"\"hi\"\"\nnow\"");
    EXPECT_EQ(csv_field("plain, with comma"), "plain, with comma");
}

TEST_F(Pages, CsvSaysWhenItWasCut) {
    service_.result.total = 25000;
    const auto csv = get("/api/search.csv");
    EXPECT_NE(csv.body.find("Udtrækket er afkortet: 1 af 25000 punkter"), std::string::npos);
}

TEST_F(Pages, OpenSearchPointsAtTheSuggestions) {
    const auto xml = get("/opensearch.xml");
    EXPECT_EQ(xml.status, 200u);
    EXPECT_NE(xml.body.find("type=\"application/x-suggestions+json\""), std::string::npos);
    EXPECT_NE(xml.body.find("template=\"https://referatsog.example/?q={searchTerms}\""), std::string::npos);
}

TEST_F(Pages, AssetsHaveTypesETagsAndAnswer304) {
    const auto css = get("/static/style.css");
    ASSERT_EQ(css.status, 200u);
    EXPECT_EQ(css.content_type, "text/css; charset=utf-8");
    const std::string etag(css.header("ETag"));
    ASSERT_FALSE(etag.empty());
    const auto again = handle_request(Request{"GET", "/static/style.css?v=1", {{"If-None-Match", etag}}}, service_, site_);
    EXPECT_EQ(again.status, 304u);
    EXPECT_TRUE(again.body.empty());
    const auto embed = get("/embed.js");
    EXPECT_EQ(embed.status, 200u);
    EXPECT_EQ(embed.content_type, "text/javascript; charset=utf-8");
    EXPECT_EQ(embed.body, get("/static/embed.js").body);
}

}  // namespace
}  // namespace rs::http
