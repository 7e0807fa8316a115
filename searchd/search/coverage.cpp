#include "searchd/search/coverage.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <tuple>

#include "schema/iso_date.hpp"
#include "searchd/search/facet_order.hpp"

namespace rs::search {

namespace {

/// A gap must be this much longer than the usual interval: a meeting moved by a few
/// weeks (summer, a holiday) is no hole in the archive.
constexpr int min_gap_excess_days = 45;

// Both are calendar dates (find_gaps keeps only those).
int days_between(const std::string& from, const std::string& to) {
    return static_cast<int>(*schema::day_number(to) - *schema::day_number(from));
}

bool is_iso_date(const std::string& date) { return schema::is_calendar_date(date); }

// Dated meetings in date order, undated ones last (by key).
bool meeting_order(const CoveredMeeting& a, const CoveredMeeting& b) {
    if (a.date.empty() != b.date.empty()) return b.date.empty();
    return std::tie(a.date, a.key) < std::tie(b.date, b.key);
}

// Danish alphabetical order, the unnamed ("") last.
bool name_order(const std::string& a, const std::string& b) {
    if (a.empty() != b.empty()) return b.empty();
    return danish_less(a, b);
}

ForumCoverage forum_coverage(std::string forum, std::vector<CoveredMeeting> meetings) {
    ForumCoverage out{std::move(forum), std::move(meetings), 0, {}};
    std::sort(out.meetings.begin(), out.meetings.end(), meeting_order);
    std::vector<std::string> dates;
    for (const auto& meeting : out.meetings)
        if (is_iso_date(meeting.date) && (dates.empty() || dates.back() != meeting.date)) dates.push_back(meeting.date);
    out.gaps = find_gaps(dates, out.typical_days);
    return out;
}

}  // namespace

std::vector<CoverageGap> find_gaps(const std::vector<std::string>& given, int& typical_days) {
    typical_days = 0;
    std::vector<std::string> dates;
    std::copy_if(given.begin(), given.end(), std::back_inserter(dates), is_iso_date);
    if (dates.size() < 3) return {};
    std::vector<int> intervals;
    for (std::size_t i = 1; i < dates.size(); ++i) intervals.push_back(days_between(dates[i - 1], dates[i]));
    std::vector<int> sorted = intervals;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(sorted.size() / 2), sorted.end());
    typical_days = sorted[sorted.size() / 2];
    std::vector<CoverageGap> gaps;
    for (std::size_t i = 0; i < intervals.size(); ++i)
        if (intervals[i] > 2 * typical_days && intervals[i] - typical_days >= min_gap_excess_days)
            gaps.push_back({dates[i], dates[i + 1], intervals[i]});
    return gaps;
}

Coverage arrange_coverage(std::vector<MeetingRecord> records) {
    Coverage coverage;
    // body → forum → meetings
    std::map<std::string, std::map<std::string, std::vector<CoveredMeeting>>> grouped;
    std::map<std::string, std::pair<std::string, std::string>> region_of;  // body → (date, region)
    for (auto& record : records) {
        const auto& meeting = record.meeting;
        coverage.items += record.items;
        ++coverage.meetings;
        grouped[meeting.body][meeting.forum].push_back(
            {std::move(record.key), meeting.date, meeting.kind, meeting.source, record.items});
        auto& region = region_of[meeting.body];
        if (!meeting.region.empty() && meeting.date >= region.first) region = {meeting.date, meeting.region};
    }
    for (auto& [body, forums] : grouped) {
        BodyCoverage out{body, region_of[body].second, {}, 0, "", ""};
        for (auto& [forum, meetings] : forums) {
            out.meetings += meetings.size();
            out.forums.push_back(forum_coverage(forum, std::move(meetings)));
            for (const auto& meeting : out.forums.back().meetings) {
                if (!is_iso_date(meeting.date)) continue;
                if (out.first_date.empty() || meeting.date < out.first_date) out.first_date = meeting.date;
                if (meeting.date > out.latest_date) out.latest_date = meeting.date;
            }
        }
        std::sort(out.forums.begin(), out.forums.end(),
                  [](const ForumCoverage& a, const ForumCoverage& b) { return name_order(a.forum, b.forum); });
        coverage.bodies.push_back(std::move(out));
    }
    std::sort(coverage.bodies.begin(), coverage.bodies.end(),
              [](const BodyCoverage& a, const BodyCoverage& b) { return name_order(a.body, b.body); });
    return coverage;
}

}  // namespace rs::search
