#pragma once
// One project or topic across bodies: the matching items grouped by body (cluster), each
// group in date order with its first and latest date and the count of each outcome, the
// groups ordered by when they first dealt with it. Pure: it arranges hits a search found.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "searchd/search/search_result.hpp"

namespace rs::search {

/// One body's part of a comparison.
struct ComparisonGroup {
    std::string body;                 ///< The meeting's body (schema::Meeting::body), "" when unknown.
    std::vector<Hit> items;           ///< In date order, then agenda order.
    std::string first_date;           ///< Of the earliest item with a date, "" if none has one.
    std::string latest_date;          ///< Of the latest item with a date.
    std::map<std::string, std::uint64_t> outcomes;  ///< Decision outcome → items with it.
    std::vector<std::string> latest_outcome;        ///< Outcomes of the latest item that has any.
};

/// The whole comparison.
struct Comparison {
    std::uint64_t total = 0;               ///< Items matching, as the search counted them.
    bool truncated = false;                ///< More items matched than were grouped.
    std::vector<ComparisonGroup> groups;   ///< By first date; bodies with no dated item last.
};

/// `result`'s hits grouped as above.
Comparison compare_by_body(const SearchResult& result);

}  // namespace rs::search
