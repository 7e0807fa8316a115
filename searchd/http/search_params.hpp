#pragma once
// GET /api/search's query parameters → a typed search::SearchRequest, validated at the edge
// so the search core never sees a raw string map. Every error names its parameter.

#include <cstddef>
#include <string_view>
#include <vector>

#include "schema/iso_date.hpp"
#include "searchd/http/parsed.hpp"
#include "searchd/http/query_string.hpp"
#include "searchd/search/search_request.hpp"

namespace rs::http {

/// Bounds on what one search may ask for, beyond SearchRequest's own limit bounds.
struct SearchParamLimits {
    /// Deep paging past this is a crawler, not a person; use filters instead.
    static constexpr unsigned max_offset = 10000;
    /// Longest q in bytes: ample for a typed query, short enough to keep parsing cheap.
    static constexpr std::size_t max_query_bytes = 1000;
    /// Longest single facet value in bytes (real ones are under 100).
    static constexpr std::size_t max_value_bytes = 200;
    /// Most facet values one request may select, over all facets.
    static constexpr std::size_t max_filter_values = 50;
};

/// True for parameters that are accepted and ignored: tracking tags that intranet and
/// newsletter tools append to links (utm_*, fbclid, gclid, msclkid) and jQuery's "_" cache buster.
bool is_ignored_param(std::string_view name);

/// `param`'s value as a whole number from `low` to `high` (digits only), or an error naming
/// the parameter and the range: the one rule for every count an endpoint takes.
Parsed<unsigned> bounded_number(const QueryParam& param, unsigned low, unsigned high);

/// Dates are checked by the schema's one rule (schema/iso_date.hpp).
using schema::is_calendar_date;

/// The decoded parameters of GET /api/search as a SearchRequest, or the first bad
/// parameter. An empty value means "not given", because HTML forms submit empty fields.
/// The same parameters serve the page, the feed and the CSV export; `purpose` sets the
/// limit's range and, for exports, its default (every match up to the cap); pages fill a
/// short first page with related items unless related=0, exports never do.
Parsed<search::SearchRequest> parse_search_params(const std::vector<QueryParam>& params,
                                                  search::SearchPurpose purpose = search::SearchPurpose::page);

/// The query string (without '?') that parse_search_params reads back as `request`:
/// q, facet values in facet order, from, to, sort when set, offset when not 0, limit when
/// not the default, related=0 when a page asks for no related items. "" for a default
/// request. Pages build every link of a search from it.
std::string to_query_string(const search::SearchRequest& request);

/// An error for the first parameter of `params` that is not ignored, if any: for endpoints
/// that take no parameters.
Parsed<bool> reject_params(const std::vector<QueryParam>& params);

}  // namespace rs::http
