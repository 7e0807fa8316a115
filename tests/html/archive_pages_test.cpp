// The pages that look across the archive — comparison, projects, coverage, and the item
// page's history and similar items — rendered through the router from hostile minutes, and
// the timeline's geometry.

#include <gtest/gtest.h>

#include "searchd/html/timeline_view.hpp"
#include "searchd/http/router.hpp"
#include "tests/html/inert_html.hpp"
#include "tests/http/fake_search_service.hpp"

namespace rs::http {
namespace {

using test::expect_inert_html;
using test::hostile;

search::Hit dated_hit(const std::string& body, const std::string& date, int number, std::vector<std::string> decisions) {
    auto hit = test::sample_hit(number, "");
    hit.meeting.cluster = body;
    hit.meeting.body = body;
    hit.meeting.date = date;
    hit.item.id = "x/y/" + date + "/" + std::to_string(number);
    hit.item.decisions = std::move(decisions);
    return hit;
}

search::ComparisonGroup group_of(std::vector<search::Hit> hits) {
    search::ComparisonGroup group;
    group.body = hits.front().meeting.cluster;
    group.items = std::move(hits);
    for (const auto& hit : group.items) {
        if (group.first_date.empty()) group.first_date = hit.meeting.date;
        group.latest_date = hit.meeting.date;
        for (const auto& outcome : hit.item.decisions) ++group.outcomes[outcome];
        if (!hit.item.decisions.empty()) group.latest_outcome = hit.item.decisions;
    }
    return group;
}

TEST(Timeline, OneLanePerBodyOneMarkPerDatedItemInDateOrder) {
    search::Comparison comparison;
    comparison.groups = {group_of({dated_hit("Randersklyngen", "2023-05-03", 1, {"godkendt"}),
                                   dated_hit("Randersklyngen", "2023-05-04", 2, {}),
                                   dated_hit("Randersklyngen", "2025-11-30", 3, {"udsat"})}),
                         group_of({dated_hit("Sundhedsklynge Lillebælt", "2024-03-01", 4, {"taget til efterretning"}),
                                   dated_hit("Sundhedsklynge Lillebælt", "", 5, {})})};
    comparison.total = 5;
    const auto view = html::timeline_view(comparison);
    ASSERT_TRUE(view.at("has_marks").get<bool>());
    const auto& lanes = view.at("lanes");
    ASSERT_EQ(lanes.size(), 2u);
    EXPECT_EQ(lanes[0].at("label"), "Randersklyngen");
    const auto& marks = lanes[0].at("marks");
    ASSERT_EQ(marks.size(), 3u);
    EXPECT_LT(marks[0].at("x").get<double>(), marks[2].at("x").get<double>());
    EXPECT_NE(marks[0].at("y"), marks[1].at("y")) << "two marks a day apart are stacked, not drawn on each other";
    EXPECT_EQ(marks[0].at("url"), "/punkt/x/y/2023-05-03/1");
    EXPECT_EQ(marks[0].at("outcome"), "godkendt");
    EXPECT_EQ(marks[1].at("outcome_class"), "outcome-0");
    EXPECT_EQ(lanes[1].at("marks").size(), 1u) << "the undated item is in the table only";
    EXPECT_GT(lanes[1].at("line_y").get<int>(), lanes[0].at("line_y").get<int>());
    // Years 2023 to 2025 labelled, the axis closed at 1 January 2026.
    std::vector<std::string> labels;
    for (const auto& tick : view.at("ticks")) labels.push_back(tick.at("label"));
    EXPECT_EQ(labels, (std::vector<std::string>{"2023", "2024", "2025", ""}));
    EXPECT_DOUBLE_EQ(view.at("ticks").front().at("x").get<double>(), view.at("plot_left").get<double>());
    EXPECT_DOUBLE_EQ(view.at("ticks").back().at("x").get<double>(), view.at("plot_right").get<double>());
    // The legend: the outcomes shown, in vocabulary order, "no decision" last.
    std::vector<std::string> legend;
    for (const auto& entry : view.at("legend")) legend.push_back(entry.at("outcome"));
    EXPECT_EQ(legend, (std::vector<std::string>{"godkendt", "taget til efterretning", "udsat", "ingen beslutning"}));
}

TEST(Timeline, NothingDatedNoMarks) {
    search::Comparison comparison;
    comparison.groups = {group_of({dated_hit("Randersklyngen", "", 1, {})})};
    EXPECT_FALSE(html::timeline_view(comparison).at("has_marks").get<bool>());
}

class ArchivePages : public ::testing::Test {
protected:
    ArchivePages() {
        auto hit = dated_hit(hostile("Klynge"), "2024-03-01", 3, {"godkendt"});
        hit.item.title = hostile("Titel");
        hit.decision_text = hostile("Besluttet");
        hit.item.projects = {"Kom Trygt Hjem", hostile("projekt")};
        service_.comparison.total = 1;
        service_.comparison.groups = {group_of({hit})};

        search::ItemDetail detail{hit.meeting, hit.item, hit.decision_text, {}, {}};
        detail.meeting_items = {{hit.item.id, 3, "", hit.item.title}};
        service_.detail = detail;
        auto earlier = dated_hit(hit.meeting.cluster, "2023-01-10", 2, {"drøftet"});
        earlier.item.title = hostile("Tidligere");
        auto later = dated_hit(hit.meeting.cluster, "2025-06-01", 7, {"udsat"});
        auto elsewhere = dated_hit("Randersklyngen", "2024-05-03", 4, {});
        elsewhere.item.title = hostile("Andetsteds");
        service_.related_items = {{"hoftebrud"},
                                  {{elsewhere, {hostile("nøgleord"), "hoftebrud"}, {"Kom Trygt Hjem"}}},
                                  {{earlier, {"hoftebrud"}, {"Kom Trygt Hjem"}}, {later, {"hoftebrud"}, {}}}};

        search::ForumCoverage forum{hostile("Forum"),
                                    {{"a/b/2021-02-01", "2021-02-01", "referat", "a.txt", 3},
                                     {"a/b/2023-05-01", "2023-05-01", "dagsorden", "b.txt", 2}},
                                    90,
                                    {{"2021-02-01", "2023-05-01", 819}}};
        service_.coverage_result = {{{hostile("Organ"), "Region Syddanmark", {forum}, 2, "2021-02-01", "2023-05-01"}}, 2, 5};
    }

    Response get(const std::string& target) { return handle_request(Request{"GET", target, {}}, service_, site_); }

    test::FakeSearchService service_;
    SiteOptions site_;
};

TEST_F(ArchivePages, ComparisonPageEscapesEverythingAndLinksEveryMark) {
    const auto page = get("/sammenlign?project=Kom%20Trygt%20Hjem&from=2020-01-01");
    expect_inert_html(page);
    EXPECT_NE(page.body.find("<h1>Kom Trygt Hjem på tværs af klynger</h1>"), std::string::npos);
    EXPECT_NE(page.body.find("<a class=\"mark\" href=\"/punkt/x/y/2024-03-01/3\""), std::string::npos);
    EXPECT_NE(page.body.find("<th scope=\"col\">Seneste beslutning</th>"), std::string::npos);
    EXPECT_NE(page.body.find("href=\"/api/compare.csv?project=Kom%20Trygt%20Hjem&amp;from=2020-01-01\""),
              std::string::npos);
    EXPECT_NE(page.body.find("href=\"/daekning?body="), std::string::npos) << "the coverage of the bodies shown";
    EXPECT_NE(page.body.find("href=\"/projekt/kom-trygt-hjem\""), std::string::npos);
    ASSERT_EQ(service_.requests().size(), 1u);
    EXPECT_EQ(service_.requests()[0].purpose, search::SearchPurpose::export_rows);
    EXPECT_EQ(service_.requests()[0].from, "2020-01-01");
}

TEST_F(ArchivePages, ComparisonWithoutSubjectShowsTheFormOnly) {
    const auto page = get("/sammenlign");
    EXPECT_EQ(page.status, 200u);
    EXPECT_NE(page.body.find("<select id=\"compare-project\" name=\"project\">"), std::string::npos);
    EXPECT_TRUE(service_.requests().empty()) << "nothing to compare, nothing searched";
    const auto bad = get("/sammenlign?project=x&to=2024-13-01");
    EXPECT_EQ(bad.status, 400u);
    EXPECT_NE(bad.body.find("«to»"), std::string::npos);
}

TEST_F(ArchivePages, ComparisonCsvIsTheTable) {
    const auto csv = get("/api/compare.csv?project=Kom%20Trygt%20Hjem");
    ASSERT_EQ(csv.status, 200u);
    EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBF" "Klynge;Første;Seneste;Punkter;Beslutninger;Seneste beslutning\r\n"));
    EXPECT_NE(csv.body.find(";2024-03-01;2024-03-01;1;godkendt 1;godkendt\r\n"), std::string::npos) << csv.body;
    EXPECT_NE(std::string(csv.header("Content-Disposition")).find("attachment"), std::string::npos);
    EXPECT_EQ(get("/api/compare.csv?limit=x").status, 400u);
}

TEST_F(ArchivePages, ProjectsAndProjectPages) {
    service_.result.total = 4;
    service_.result.facets["cluster"] = {{"Randersklyngen", 3}, {"Sundhedsklynge Lillebælt", 1}};
    service_.result.facets["year"] = {{"2025", 1}, {"2023", 3}};
    const auto index = get("/projekter");
    ASSERT_EQ(index.status, 200u);
    EXPECT_NE(index.body.find("<a href=\"/projekt/kom-trygt-hjem\">Kom Trygt Hjem</a>"), std::string::npos);
    EXPECT_NE(index.body.find("<td>2 klynger</td><td>4 punkter</td><td>2023–2025</td>"), std::string::npos);
    for (const auto& request : service_.requests()) EXPECT_EQ(request.limit, 0u) << "counts only";

    const auto project = get("/projekt/kom-trygt-hjem");
    expect_inert_html(project);
    EXPECT_NE(project.body.find("<h1>Kom Trygt Hjem</h1>"), std::string::npos);
    EXPECT_NE(project.body.find("class=\"lead description\""), std::string::npos);
    EXPECT_EQ(service_.requests().back().filters.at("project"), std::vector<std::string>{"Kom Trygt Hjem"});
    EXPECT_EQ(get("/projekt/findes-ikke").status, 404u);
    EXPECT_EQ(get("/projekt/kom-trygt-hjem?x=1").status, 400u);
}

TEST_F(ArchivePages, CoveragePageListsMeetingsByYearAndMonthWithGaps) {
    const auto page = get("/daekning?body=Randersklyngen");
    expect_inert_html(page);
    EXPECT_NE(page.body.find("href=\"/moede/a/b/2021-02-01\""), std::string::npos);
    EXPECT_NE(page.body.find("class=\"meeting agenda\" href=\"/moede/a/b/2023-05-01\""), std::string::npos);
    EXPECT_NE(page.body.find("<th scope=\"row\">2022</th>"), std::string::npos) << "a silent year is an empty row";
    EXPECT_NE(page.body.find("Ingen møder fra 1. februar 2021 til 1. maj 2023 (819 dage)"), std::string::npos);
    EXPECT_NE(page.body.find("Vis alle organer"), std::string::npos);
    EXPECT_EQ(service_.coverage_requests().back().bodies, std::vector<std::string>{"Randersklyngen"});
    EXPECT_EQ(get("/daekning?region=x").status, 400u);
}

TEST_F(ArchivePages, ItemPageShowsHistoryInPlaceAndSimilarItemsWithReasons) {
    const auto page = get("/punkt/x/y/2024-03-01/3");
    expect_inert_html(page);
    const auto history = page.body.find("<h2 id=\"history-heading\">");
    const auto similar = page.body.find("<h2 id=\"similar-heading\">Lignende punkter i andre klynger</h2>");
    ASSERT_NE(history, std::string::npos);
    ASSERT_NE(similar, std::string::npos);
    const auto earlier = page.body.find("/punkt/x/y/2023-01-10/2", history);
    const auto current = page.body.find("dette punkt", history);
    const auto later = page.body.find("/punkt/x/y/2025-06-01/7", history);
    EXPECT_LT(earlier, current);
    EXPECT_LT(current, later);
    EXPECT_NE(page.body.find("href=\"/punkt/x/y/2024-05-03/4\"", similar), std::string::npos);
    EXPECT_NE(page.body.find("Fælles nøgleord: ", similar), std::string::npos);
    EXPECT_NE(page.body.find("Projekt: Kom Trygt Hjem", similar), std::string::npos);
    EXPECT_NE(page.body.find("href=\"/sammenlign?project=Kom%20Trygt%20Hjem\""), std::string::npos);
    EXPECT_EQ(service_.related_ids().back(), "x/y/2024-03-01/3");
}

}  // namespace
}  // namespace rs::http
