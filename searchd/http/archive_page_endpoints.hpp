#pragma once
// The pages that look across the archive (docs/PAGES.md): the comparison, the projects and
// the coverage, and the comparison table as CSV.

#include <string_view>

#include "searchd/http/exchange.hpp"
#include "searchd/http/response.hpp"

namespace rs::http {

/// GET /sammenlign: the parameters of /api/compare; without a subject, the form alone.
Response page_compare(const Exchange& exchange);
/// GET /api/compare.csv: the comparison's table as CSV.
Response compare_csv(const Exchange& exchange);
/// GET /projekter
Response page_projects(const Exchange& exchange);
/// GET /projekt/{slug}; `slug` is the rest of the path.
Response page_project(const Exchange& exchange, std::string_view slug);
/// GET /daekning: `cluster` (repeatable) as /api/coverage.
Response page_coverage(const Exchange& exchange);

}  // namespace rs::http
