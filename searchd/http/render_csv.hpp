#pragma once
// Search results as a spreadsheet (GET /api/search.csv): RFC 4180 fields, UTF-8 with a
// byte order mark, ";" between fields, CRLF between rows. Danish Excel reads a CSV file
// with the list separator of the locale, which is ";" (the decimal separator is ","), and
// takes the file as UTF-8 only when it starts with the BOM.

#include <string>
#include <string_view>

#include "searchd/search/comparison.hpp"
#include "searchd/search/search_request.hpp"
#include "searchd/search/search_result.hpp"

namespace rs::http {

/// Field separator of the export.
inline constexpr char csv_separator = ';';

/// The header row and one row per hit; `base_url` makes the permalinks absolute. When
/// `result.total` exceeds the hits, a last row says how many of how many were exported.
std::string render_csv(const search::SearchResult& result, std::string_view base_url);

/// The comparison's table (GET /api/compare.csv): one row per body with its first and
/// latest date, number of items, outcome counts and latest outcome; Danish headings as on
/// the page. A last row says so when the comparison was cut.
std::string render_comparison_csv(const search::Comparison& comparison);

/// `field` quoted when it holds the separator, a quote or a line break (quotes doubled),
/// and prefixed with "'" when a spreadsheet would read it as a formula (= + - @ first).
std::string csv_field(std::string_view field);

}  // namespace rs::http
