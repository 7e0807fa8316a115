#pragma once
// One subject across bodies as the comparison and project pages show it: the timeline,
// the table "Klynge · Første · Seneste · Beslutninger · Seneste beslutning", and each
// body's items in date order. Shared by /sammenlign and /projekt/{slug}.

#include <string>

#include <nlohmann/json.hpp>

#include "searchd/search/comparison.hpp"

namespace rs::html {

/// {timeline, rows: [{body, first, latest, count, outcomes, latest_outcome}], groups:
/// [{body, anchor, items: [hit view…]}], total_label, truncated, coverage_url, csv_url,
/// has_groups}. `csv_query` is the query string the CSV export repeats ("" for none).
nlohmann::json comparison_view(const search::Comparison& comparison, const std::string& csv_query);

/// "godkendt 2, drøftet 1" in vocabulary order; "ingen" when there is none.
std::string outcome_summary(const std::map<std::string, std::uint64_t>& outcomes);

}  // namespace rs::html
