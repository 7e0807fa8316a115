// Hit order, paging and the date range.
#include <tuple>

#include <gtest/gtest.h>

#include "schema/fields.hpp"
#include "schema/ids.hpp"
#include "tests/search/search_index.hpp"

namespace schema = rs::schema;
namespace search = rs::search;
using rs::test::make_item;
using rs::test::make_meeting;
using rs::test::make_minutes;

namespace {
class SearchOrder : public ::testing::Test {
protected:
    static void SetUpTestSuite() { index_ = new rs::test::SearchIndex(rs::test::generate_minutes(30, 99)); }
    static void TearDownTestSuite() {
        delete index_;
        index_ = nullptr;
    }
    static search::SearchResult run(search::SearchRequest request) { return index_->service->search(request); }
    static std::size_t rows_between(const std::string& from, const std::string& to) {
        std::size_t n = 0;
        for (const auto& row : index_->rows)
            n += (from.empty() || row.meeting.date >= from) && (to.empty() || row.meeting.date <= to);
        return n;
    }
    static rs::test::SearchIndex* index_;
};
rs::test::SearchIndex* SearchOrder::index_ = nullptr;

// (date, meeting, number): the agenda order key the hits must follow.
auto key(const search::Hit& hit) {
    return std::make_tuple(hit.meeting.date, schema::meeting_key(hit.meeting), hit.item.number);
}
}  // namespace

TEST_F(SearchOrder, BrowsingIsNewestFirstInAgendaOrder) {
    const auto result = run(rs::test::request(""));
    ASSERT_EQ(result.hits.size(), std::min<std::size_t>(index_->rows.size(), search::SearchRequest::max_limit));
    for (std::size_t i = 1; i < result.hits.size(); ++i) {
        const auto& a = result.hits[i - 1];
        const auto& b = result.hits[i];
        ASSERT_GE(a.meeting.date, b.meeting.date);
        if (a.meeting.date == b.meeting.date && a.meeting.title == b.meeting.title) {
            EXPECT_LT(a.item.number, b.item.number) << "items of one meeting in agenda order";
        }
        EXPECT_EQ(a.relevance, 0.0);
    }
}

TEST_F(SearchOrder, OldestFirst) {
    auto request = rs::test::request("");
    request.sort = search::SortOrder::oldest;
    const auto result = run(request);
    for (std::size_t i = 1; i < result.hits.size(); ++i) EXPECT_LE(key(result.hits[i - 1]), key(result.hits[i]));
}

TEST_F(SearchOrder, NewestWithAQuery) {
    auto request = rs::test::request(rs::test::marker_word);
    request.sort = search::SortOrder::newest;
    const auto result = run(request);
    ASSERT_GT(result.hits.size(), 2u);
    for (std::size_t i = 1; i < result.hits.size(); ++i)
        EXPECT_GE(result.hits[i - 1].meeting.date, result.hits[i].meeting.date);
}

TEST_F(SearchOrder, PagesConcatenateToTheWholeList) {
    std::vector<std::string> whole;
    for (unsigned offset = 0; offset < index_->rows.size(); offset += search::SearchRequest::max_limit) {
        auto request = rs::test::request("");
        request.offset = offset;
        for (const auto& id : rs::test::hit_ids(run(request))) whole.push_back(id);
    }
    ASSERT_EQ(whole.size(), index_->rows.size());
    std::vector<std::string> paged;
    for (unsigned offset = 0; offset < whole.size(); offset += 7) {
        auto request = rs::test::request("", 7);
        request.offset = offset;
        const auto page = run(request);
        EXPECT_EQ(page.total, index_->rows.size());
        for (const auto& id : rs::test::hit_ids(page)) paged.push_back(id);
    }
    EXPECT_EQ(paged, whole);
    auto beyond = rs::test::request("", 10);
    beyond.offset = 10000;
    const auto last = run(beyond);
    EXPECT_TRUE(last.hits.empty());
    EXPECT_EQ(last.total, index_->rows.size());
}

TEST_F(SearchOrder, DateRangeIsInclusiveAtBothEnds) {
    const std::string date = index_->rows.front().meeting.date;
    auto request = rs::test::request("");
    request.from = date;
    request.to = date;
    const auto result = run(request);
    EXPECT_EQ(result.total, rows_between(date, date));
    ASSERT_GT(result.total, 0u);
    for (const auto& hit : result.hits) EXPECT_EQ(hit.meeting.date, date);

    for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
             {"2024-01-01", "2024-12-31"}, {"2024-03-15", ""}, {"", "2023-06-30"}, {date, ""}, {"", date}}) {
        auto r = rs::test::request("");
        r.from = from;
        r.to = to;
        EXPECT_EQ(run(r).total, rows_between(from, to)) << from << ".." << to;
    }
}

TEST_F(SearchOrder, BadDatesAndLimitsAreInvalidRequests) {
    const auto parameter_of = [](search::SearchRequest request) -> std::string {
        try {
            run(request);
        } catch (const search::InvalidRequest& e) {
            return e.parameter();
        }
        return "";
    };
    auto request = rs::test::request("");
    request.from = "01-02-2024";
    EXPECT_EQ(parameter_of(request), "from");
    request.from = "2024-13-01";
    EXPECT_EQ(parameter_of(request), "from");
    request.from = "2024-05-01";
    request.to = "2024-04-30";
    EXPECT_EQ(parameter_of(request), "to");
    auto big = rs::test::request("", search::SearchRequest::max_limit + 1);
    EXPECT_EQ(parameter_of(big), "limit");
}

TEST(SearchRelevance, TitleAndDecisionOutweighAttachments) {
    auto m = make_meeting("Randersklyngen", "Politisk niveau", "2024-01-01");
    auto old = make_meeting("Randersklyngen", "Politisk niveau", "2020-01-01");
    rs::test::SearchIndex index({make_minutes(m, {make_item(m, 1, "Andet", {{schema::section::bilag, "Notat om hoftebrud."}}),
                                                  make_item(m, 2, "Andet", {{schema::section::beslutning, "Notat om hoftebrud."}})}),
                                 make_minutes(old, {make_item(old, 1, "Hoftebrud", {{schema::section::tekst, "Notat."}})})});
    const auto result = index.service->search(rs::test::request("hoftebrud"));
    ASSERT_EQ(result.hits.size(), 3u);
    EXPECT_EQ(result.hits[0].item.title, "Hoftebrud") << "title weight 3 beats newer items";
    EXPECT_EQ(result.hits[1].item.number, 2) << "Beslutning weight 2 beats Bilag";
    EXPECT_EQ(result.hits[2].item.number, 1);
    EXPECT_GT(result.hits[0].relevance, result.hits[1].relevance);
    EXPECT_GT(result.hits[1].relevance, result.hits[2].relevance);
}

TEST(SearchRelevance, EqualScoresFallBackToNewestFirst) {
    auto a = make_meeting("Randersklyngen", "Politisk niveau", "2021-01-01");
    auto b = make_meeting("Randersklyngen", "Politisk niveau", "2024-01-01");
    rs::test::SearchIndex index({make_minutes(a, {make_item(a, 1, "Demens")}), make_minutes(b, {make_item(b, 1, "Demens")})});
    const auto result = index.service->search(rs::test::request("demens"));
    ASSERT_EQ(result.hits.size(), 2u);
    EXPECT_EQ(result.hits[0].meeting.date, "2024-01-01");
}

// Two bodies meeting on the same day: each meeting's items stay together, in agenda order,
// whichever way the dates run (the meeting is the key between date and item number).
TEST(SearchOrderSameDay, MeetingsOnOneDateDoNotInterleave) {
    std::vector<schema::Minutes> files;
    for (const char* cluster : {"Sundhedsklynge Vest", "Randersklyngen", "Sundhedsklynge Fyn"}) {
        const auto meeting = make_meeting(cluster, "Politisk niveau", "2025-03-12");
        std::vector<schema::AgendaItem> items;
        for (int number = 1; number <= 4; ++number) items.push_back(make_item(meeting, number, "Punkt " + std::to_string(number)));
        files.push_back(make_minutes(meeting, std::move(items)));
    }
    rs::test::SearchIndex index(std::move(files), 1);
    for (const auto order : {search::SortOrder::newest, search::SortOrder::oldest}) {
        auto request = rs::test::request("");
        request.sort = order;
        const auto result = index.service->search(request);
        ASSERT_EQ(result.hits.size(), 12u);
        std::vector<std::string> meetings;  // in the order they appear, each once if grouped
        for (std::size_t i = 0; i < result.hits.size(); ++i) {
            const std::string key = schema::meeting_key(result.hits[i].meeting);
            if (meetings.empty() || meetings.back() != key) meetings.push_back(key);
            if (i > 0 && schema::meeting_key(result.hits[i - 1].meeting) == key) {
                EXPECT_LT(result.hits[i - 1].item.number, result.hits[i].item.number) << "agenda order within a meeting";
            }
        }
        EXPECT_EQ(meetings.size(), 3u) << "the three meetings' items interleave";
    }
}
