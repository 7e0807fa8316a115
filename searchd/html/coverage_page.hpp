#pragma once
// /daekning (docs/PAGES.md): which meetings the archive holds, per body and forum, as a
// year-by-month grid, with the gaps where a forum's rhythm says meetings are missing.

#include <string>

#include "searchd/http/parsed.hpp"
#include "searchd/search/coverage.hpp"

namespace rs::html {

/// The coverage page for `coverage`; `request` is what it was asked for (its bodies, if any).
std::string render_coverage_page(const search::CoverageRequest& request, const search::Coverage& coverage);

/// The page for parameters that could not be read.
std::string render_coverage_error_page(const http::ParamError& error);

}  // namespace rs::html
