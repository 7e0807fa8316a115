#pragma once
// The agenda items of a generated meeting (used by MinutesGenerator).

#include "tests/indexer/property/generated_meeting.hpp"
#include "tests/indexer/property/minutes_generator.hpp"
#include "tests/indexer/property/random_source.hpp"

namespace rs::test {

/// Fills meeting.items: 1–15 items (procedural, content, closed, sub-items), numbered
/// from 1 or from a run-on number, with time slots from meeting.start.
void add_items(GeneratedMeeting& meeting, RandomSource& random);

}  // namespace rs::test
