#pragma once
// What the archive holds: every indexed meeting under its body and forum, in date order,
// with the gaps where a forum that met regularly stopped appearing. A user checks it
// before trusting a comparison. Pure: it arranges meetings a reader found.

#include <cstdint>
#include <string>
#include <vector>

#include "schema/model.hpp"

namespace rs::search {

/// One indexed meeting.
struct CoveredMeeting {
    std::string key;         ///< schema::meeting_key: its page is /moede/{key}.
    std::string date;        ///< ISO date, "" if the file gave none.
    std::string kind;        ///< schema::document_kind: "referat" or "dagsorden".
    std::string source;      ///< The file it was read from.
    std::uint64_t items = 0; ///< Indexed agenda items.
};

/// A stretch with no meeting where the forum's rhythm says there should have been some.
struct CoverageGap {
    std::string after;   ///< Date of the last meeting before the gap.
    std::string before;  ///< Date of the first meeting after it.
    int days = 0;        ///< Days between the two.
};

/// One forum of one body.
struct ForumCoverage {
    std::string forum;                     ///< "" when the file named none.
    std::vector<CoveredMeeting> meetings;  ///< Dated ones in date order, undated last.
    int typical_days = 0;                  ///< Median days between meetings; 0 below three dated meetings.
    std::vector<CoverageGap> gaps;
};

/// One body (cluster, committee) and its forums, in Danish alphabetical order.
struct BodyCoverage {
    std::string body;                  ///< "" when unknown.
    std::string region;                ///< Of its latest meeting that names one.
    std::vector<ForumCoverage> forums;
    std::uint64_t meetings = 0;
    std::string first_date;            ///< Of its earliest dated meeting, "" if none.
    std::string latest_date;
};

/// The whole archive, or the bodies a request named.
struct Coverage {
    std::vector<BodyCoverage> bodies;  ///< Danish alphabetical order, the unknown body last.
    std::uint64_t meetings = 0;
    std::uint64_t items = 0;
};

/// Which bodies to cover.
struct CoverageRequest {
    std::vector<std::string> bodies;  ///< Canonical names; empty for every body.
};

/// A meeting as read from the index, with its number of items.
struct MeetingRecord {
    schema::Meeting meeting;
    std::string key;
    std::uint64_t items = 0;
};

/// `meetings` arranged as above, gaps found (see find_gaps).
Coverage arrange_coverage(std::vector<MeetingRecord> meetings);

/// The gaps in a forum's sorted, distinct ISO `dates`: with at least three dates, an
/// interval more than twice the median interval and at least 45 days longer than it.
/// Sets `typical_days` to the median (0 with fewer than three dates).
std::vector<CoverageGap> find_gaps(const std::vector<std::string>& dates, int& typical_days);

}  // namespace rs::search
