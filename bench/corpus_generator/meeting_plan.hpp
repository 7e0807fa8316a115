#pragma once
// The corpus planned before a word is written: which body met, in which forum, on which
// day, how many items, in which layout family and format, and the file it goes to. The
// plan is small (one entry per meeting) and made in one sequential pass, so that the
// meetings can then be written in parallel, each from its own random stream, and the
// corpus is the same whatever the number of threads.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "bench/corpus_generator/danish_calendar.hpp"
#include "bench/corpus_generator/domain_data.hpp"

namespace rs::corpus_generator {

/// One meeting and the file it becomes.
struct MeetingPlan {
    std::size_t index = 0;            ///< Position in the corpus; seeds the meeting's stream.
    const Body* body = nullptr;       ///< Into the DomainData the plan was made from.
    std::string forum;                ///< Canonical forum, "" for a committee.
    Date date;
    Clock start;
    Clock end;
    bool agenda = false;              ///< A Dagsorden (no decisions) rather than minutes.
    LayoutFamily family = LayoutFamily::regional_referat;
    OutputFormat format = OutputFormat::text;
    int items = 0;                    ///< Agenda items, closed ones included.
    int closed = 0;                   ///< Of those, closed (never indexed).
    int first_number = 1;             ///< The first item's number (running numbers go on through the year).
    std::string path;                 ///< Relative to the output folder, "/"-separated.

    int open_items() const { return items - closed; }
};

/// What to plan.
struct PlanRequest {
    std::size_t open_items = 0;        ///< Exactly this many open items in all.
    std::uint64_t seed = 0;
    std::vector<OutputFormat> formats;  ///< The formats allowed; every one if empty.
};

/// Plans meetings until they hold exactly `request.open_items` open items. No two meetings
/// share body, forum and date (the indexer's meeting key). Throws std::invalid_argument
/// when the calendar cannot hold that many meetings.
std::vector<MeetingPlan> plan_corpus(const DomainData& data, const PlanRequest& request);

/// The most open items plan_corpus accepts.
inline constexpr std::size_t max_open_items = 2'000'000;

}  // namespace rs::corpus_generator
