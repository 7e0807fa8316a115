// GET /api/compare's core: every matching item grouped by body, in date order, with first
// and latest dates and outcome counts; groups by first date.

#include <gtest/gtest.h>

#include "searchd/search/comparison.hpp"
#include "tests/search/search_index.hpp"

namespace rs::test {
namespace {

namespace sec = schema::section;

schema::AgendaItem project_item(const schema::Meeting& m, int number, std::vector<std::string> decisions) {
    auto item = make_item(m, number, "Kom Trygt Hjem status", {{sec::beslutning, "Sagen blev behandlet."}});
    item.projects = {"Kom Trygt Hjem"};
    item.decisions = std::move(decisions);
    return item;
}

TEST(CompareByBody, GroupsOrdersAndCounts) {
    const auto a1 = make_meeting("Sundhedsklynge Lillebælt", "Fagligt strategisk niveau", "2024-03-01");
    const auto a2 = make_meeting("Sundhedsklynge Lillebælt", "Fagligt strategisk niveau", "2025-01-10");
    const auto b1 = make_meeting("Randersklyngen", "Politisk niveau", "2023-05-03");
    const auto other = make_meeting("Randersklyngen", "Politisk niveau", "2023-06-01");
    SearchIndex index({make_minutes(a2, {project_item(a2, 2, {"besluttet"})}),
                       make_minutes(a1, {project_item(a1, 4, {"godkendt"}), project_item(a1, 5, {})}),
                       make_minutes(b1, {project_item(b1, 1, {"drøftet", "udsat"})}),
                       make_minutes(other, {make_item(other, 1, "Andet emne")})});
    search::SearchRequest request;
    request.filters["project"] = {"Kom Trygt Hjem"};
    request.limit = search::SearchRequest::max_export_limit;
    request.purpose = search::SearchPurpose::export_rows;
    const auto comparison = index.service->compare(request);
    EXPECT_EQ(comparison.total, 4u);
    EXPECT_FALSE(comparison.truncated);
    ASSERT_EQ(comparison.groups.size(), 2u);
    const auto& randers = comparison.groups[0];  // first dealt with it, in 2023
    EXPECT_EQ(randers.body, "Randersklyngen");
    EXPECT_EQ(randers.items.size(), 1u);
    EXPECT_EQ(randers.first_date, "2023-05-03");
    EXPECT_EQ(randers.latest_outcome, (std::vector<std::string>{"drøftet", "udsat"}));
    const auto& lillebaelt = comparison.groups[1];
    ASSERT_EQ(lillebaelt.items.size(), 3u);
    EXPECT_EQ(lillebaelt.items[0].item.number, 4);
    EXPECT_EQ(lillebaelt.items[1].item.number, 5);
    EXPECT_EQ(lillebaelt.items[2].meeting.date, "2025-01-10");
    EXPECT_EQ(lillebaelt.first_date, "2024-03-01");
    EXPECT_EQ(lillebaelt.latest_date, "2025-01-10");
    EXPECT_EQ(lillebaelt.outcomes, (std::map<std::string, std::uint64_t>{{"besluttet", 1}, {"godkendt", 1}}));
    EXPECT_EQ(lillebaelt.latest_outcome, std::vector<std::string>{"besluttet"});
}

TEST(CompareByBody, SaysWhenItWasCut) {
    search::SearchResult result;
    result.total = 5;
    result.hits.resize(2);
    EXPECT_TRUE(search::compare_by_body(result).truncated);
}

}  // namespace
}  // namespace rs::test
