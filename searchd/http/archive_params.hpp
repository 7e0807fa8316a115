#pragma once
// Query parameters of the endpoints that look across the archive rather than search it:
// related items (/api/items/{id}/similar) and coverage (/api/coverage, /daekning).

#include <vector>

#include "searchd/http/parsed.hpp"
#include "searchd/http/query_string.hpp"
#include "searchd/search/coverage.hpp"
#include "searchd/search/related_items.hpp"

namespace rs::http {

/// `limit` (1..RelatedRequest::max_limit); nothing else but ignored tracking tags.
Parsed<search::RelatedRequest> parse_related_params(const std::vector<QueryParam>& params);

/// `body`, repeatable: the bodies to cover (all when none); nothing else.
Parsed<search::CoverageRequest> parse_coverage_params(const std::vector<QueryParam>& params);

}  // namespace rs::http
