// The agenda and the minutes of one meeting, read by the real parser from the layout
// fixtures and indexed together in either order: the meeting appears once, with the
// minutes' text and decisions.
#include <filesystem>
#include <set>

#include <gtest/gtest.h>

#include "indexer/index/build.hpp"
#include "searchd/search/xapian_search_service.hpp"
#include "tests/support/paths.hpp"

namespace rs::indexer {
namespace {

namespace fs = std::filesystem;

struct Pair {
    fs::path agenda = test::fixtures_dir() / "layouts" / "agenda_dagsorden.txt";
    fs::path minutes = test::fixtures_dir() / "layouts" / "agenda_minutes_pair_referat.txt";
};

search::SearchResult browse(search::SearchService& service) {
    search::SearchRequest request;
    request.limit = search::SearchRequest::max_limit;
    return service.search(request);
}

void expect_one_meeting_with_decisions(search::SearchService& service) {
    const auto result = browse(service);
    ASSERT_GT(result.total, 0u);
    std::set<std::string> meetings;
    bool decided = false;
    for (const auto& hit : result.hits) {
        EXPECT_EQ(hit.meeting.kind, "referat") << hit.item.id;
        EXPECT_EQ(hit.meeting.source, "agenda_minutes_pair_referat.txt");
        meetings.insert(hit.meeting.cluster + "/" + hit.meeting.forum + "/" + hit.meeting.date);
        decided = decided || !hit.item.decisions.empty();
    }
    EXPECT_EQ(meetings.size(), 1u);
    EXPECT_TRUE(decided);
    const auto& kinds = result.facets.at("kind");
    ASSERT_EQ(kinds.size(), 1u);
    EXPECT_EQ(kinds[0].value, "referat");
}

TEST(AgendaAndMinutes, MinutesAfterAgendaReplaceIt) {
    Pair pair;
    test::TempDir index;
    auto first = build_index(index.path(), {pair.agenda});
    ASSERT_TRUE(first.ok());
    {
        auto service = search::make_xapian_search_service(index.path(), 1);
        const auto agenda_only = browse(*service);
        ASSERT_GT(agenda_only.total, 0u);
        for (const auto& hit : agenda_only.hits) {
            EXPECT_EQ(hit.meeting.kind, "dagsorden");
            EXPECT_TRUE(hit.item.decisions.empty()) << hit.item.id;  // an agenda has decided nothing
        }
    }
    auto second = build_index(index.path(), {pair.minutes});
    ASSERT_TRUE(second.ok());
    auto service = search::make_xapian_search_service(index.path(), 1);
    expect_one_meeting_with_decisions(*service);
}

TEST(AgendaAndMinutes, AgendaAfterMinutesIsSuperseded) {
    Pair pair;
    test::TempDir index;
    ASSERT_TRUE(build_index(index.path(), {pair.minutes}).ok());
    const auto report = build_index(index.path(), {pair.agenda});
    EXPECT_TRUE(report.ok());
    ASSERT_EQ(report.superseded.size(), 1u);
    auto service = search::make_xapian_search_service(index.path(), 1);
    expect_one_meeting_with_decisions(*service);
}

TEST(AgendaAndMinutes, TogetherInOneRunAndReindexedKeepTheSameIds) {  // order: the two tests above
    Pair pair;
    test::TempDir index;
    ASSERT_TRUE(build_index(index.path(), {pair.agenda, pair.minutes}).ok());
    auto service = search::make_xapian_search_service(index.path(), 1);
    expect_one_meeting_with_decisions(*service);
    std::vector<std::string> ids;
    for (const auto& hit : browse(*service).hits) ids.push_back(hit.item.id);
    ASSERT_TRUE(build_index(index.path(), {pair.minutes, pair.agenda}).ok());
    std::vector<std::string> again;
    for (const auto& hit : browse(*service).hits) again.push_back(hit.item.id);
    EXPECT_EQ(ids, again);
}

}  // namespace
}  // namespace rs::indexer
