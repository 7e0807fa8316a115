// Coverage: every indexed meeting under its body and forum, and the gaps in a forum's rhythm.

#include <gtest/gtest.h>

#include "indexer/index/build.hpp"
#include <set>

#include "schema/ids.hpp"
#include "searchd/search/coverage.hpp"
#include "searchd/search/xapian_search_service.hpp"
#include "tests/search/search_index.hpp"

namespace rs::test {
namespace {

TEST(FindGaps, AQuarterlyForumSilentForAYearHasOneGap) {
    int typical = 0;
    const auto gaps = search::find_gaps({"2023-01-10", "2023-04-11", "2023-07-10", "2023-10-09", "2024-01-15",
                                         "2025-02-03", "2025-05-05"},
                                        typical);
    EXPECT_NEAR(typical, 91, 10);
    ASSERT_EQ(gaps.size(), 1u);
    EXPECT_EQ(gaps[0].after, "2024-01-15");
    EXPECT_EQ(gaps[0].before, "2025-02-03");
    EXPECT_EQ(gaps[0].days, 385);
}

TEST(FindGaps, AMonthlyForumThatSkipsOneMonthHasNone) {
    int typical = 0;
    EXPECT_TRUE(search::find_gaps({"2024-01-10", "2024-02-10", "2024-03-10", "2024-05-10", "2024-06-10"}, typical)
                    .empty())
        << "two months instead of one is a summer break, not a hole in the archive";
    EXPECT_EQ(typical, 31);
}

TEST(FindGaps, TooFewMeetingsForARhythm) {
    int typical = 7;
    EXPECT_TRUE(search::find_gaps({"2020-01-01", "2024-01-01"}, typical).empty());
    EXPECT_EQ(typical, 0);
    EXPECT_TRUE(search::find_gaps({}, typical).empty());
}

search::MeetingRecord record(const std::string& body, const std::string& forum, const std::string& date,
                             std::uint64_t items = 1) {
    auto meeting = make_meeting(body, forum, date);
    return {meeting, body + "/" + forum + "/" + date, items};
}

TEST(ArrangeCoverage, BodiesInDanishOrderForumsAndMeetingsSorted) {
    const auto coverage = search::arrange_coverage({record("Åbenrå-udvalget", "Udvalg", "2024-01-01"),
                                                    record("Sundhedsklynge Øst", "Politisk niveau", "2024-05-01", 3),
                                                    record("Sundhedsklynge Øst", "Politisk niveau", "2023-05-01", 2),
                                                    record("Sundhedsklynge Øst", "Fagligt niveau", ""),
                                                    record("", "", "2020-01-01"),
                                                    record("Ældrerådet", "Råd", "2022-02-02")});
    ASSERT_EQ(coverage.bodies.size(), 4u);
    EXPECT_EQ(coverage.bodies[0].body, "Sundhedsklynge Øst");
    EXPECT_EQ(coverage.bodies[1].body, "Ældrerådet");
    EXPECT_EQ(coverage.bodies[2].body, "Åbenrå-udvalget") << "Æ, Ø, Å last, in that order";
    EXPECT_EQ(coverage.bodies[3].body, "") << "the unknown body last";
    const auto& east = coverage.bodies[0];
    EXPECT_EQ(east.meetings, 3u);
    EXPECT_EQ(east.first_date, "2023-05-01");
    EXPECT_EQ(east.latest_date, "2024-05-01");
    ASSERT_EQ(east.forums.size(), 2u);
    EXPECT_EQ(east.forums[0].forum, "Fagligt niveau");
    ASSERT_EQ(east.forums[1].meetings.size(), 2u);
    EXPECT_EQ(east.forums[1].meetings[0].date, "2023-05-01");
    EXPECT_EQ(east.forums[1].meetings[1].items, 3u);
    EXPECT_EQ(coverage.meetings, 6u);
    EXPECT_EQ(coverage.items, 9u);
}

TEST(CoverageFromIndex, EveryMeetingWithItsKindAndItems) {
    const auto a = make_meeting("Sundhedsklynge Lillebælt", "Fagligt strategisk niveau", "2024-03-01");
    const auto b = make_meeting("Sundhedsklynge Lillebælt", "Fagligt strategisk niveau", "2024-06-01",
                                schema::document_kind::dagsorden);
    const auto c = make_meeting("Randersklyngen", "Politisk niveau", "2024-05-03");
    SearchIndex index({make_minutes(a, {make_item(a, 1, "Et"), make_item(a, 2, "To")}),
                       make_minutes(b, {make_item(b, 1, "Tre")}), make_minutes(c, {make_item(c, 4, "Fire")})});
    const auto all = index.service->coverage({});
    EXPECT_EQ(all.meetings, 3u);
    EXPECT_EQ(all.items, 4u);
    ASSERT_EQ(all.bodies.size(), 2u);
    EXPECT_EQ(all.bodies[0].body, "Randersklyngen");
    const auto& lillebaelt = all.bodies[1];
    ASSERT_EQ(lillebaelt.forums.size(), 1u);
    const auto& meetings = lillebaelt.forums[0].meetings;
    ASSERT_EQ(meetings.size(), 2u);
    EXPECT_EQ(meetings[0].key, "sundhedsklynge-lillebaelt/fagligt-strategisk-niveau/2024-03-01");
    EXPECT_EQ(meetings[0].items, 2u);
    EXPECT_EQ(meetings[0].kind, "referat");
    EXPECT_EQ(meetings[1].kind, "dagsorden");

    const auto one = index.service->coverage({{"Randersklyngen"}});
    ASSERT_EQ(one.bodies.size(), 1u);
    EXPECT_EQ(one.bodies[0].body, "Randersklyngen");
    EXPECT_EQ(one.meetings, 1u);
}

TEST(CoverageFromIndex, TheBundledArchiveListsEveryMeetingOnce) {
    TempDir dir;
    const auto report = indexer::build_index(dir.path(), {corpus_dir(), fixtures_dir() / "layouts"});
    const auto service = search::make_xapian_search_service(dir.path(), 1);
    search::SearchRequest everything;
    everything.purpose = search::SearchPurpose::export_rows;
    everything.limit = search::SearchRequest::max_export_limit;
    std::set<std::string> keys;
    for (const auto& hit : service->search(everything).hits) keys.insert(schema::meeting_key(hit.meeting));
    const auto coverage = service->coverage({});
    std::set<std::string> listed;
    std::uint64_t items = 0;
    for (const auto& body : coverage.bodies)
        for (const auto& forum : body.forums)
            for (const auto& meeting : forum.meetings) {
                EXPECT_TRUE(listed.insert(meeting.key).second) << meeting.key << " listed twice";
                items += meeting.items;
            }
    EXPECT_EQ(listed, keys);
    EXPECT_EQ(items, service->status().items);
    EXPECT_GT(report.items_indexed, 0u);
    EXPECT_EQ(coverage.meetings, keys.size());
}

}  // namespace
}  // namespace rs::test
