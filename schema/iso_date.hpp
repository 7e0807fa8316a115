#pragma once
// ISO dates (YYYY-MM-DD) as meetings store them and the API takes them: one check for
// the indexer's values, the search core's range bounds and the HTTP parameters.

#include <optional>
#include <string_view>

namespace rs::schema {

/// True if `text` is a real calendar date written YYYY-MM-DD (2024-02-29 yes, 2023-02-29 no).
bool is_calendar_date(std::string_view text);

/// Days since 1970-01-01 of a calendar date (see is_calendar_date), nullopt for anything
/// else: differences between meeting dates for timelines and gaps.
std::optional<long> day_number(std::string_view text);

}  // namespace rs::schema
