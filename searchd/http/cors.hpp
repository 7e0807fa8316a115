#pragma once
// Cross-origin reads of the API (CORS): intranet pages on other hosts embed the search
// with fetch(). Only the origins the operator listed may read; every other origin gets no
// CORS headers at all, so its browser withholds the response from the page.

#include "searchd/http/request.hpp"
#include "searchd/http/response.hpp"
#include "searchd/http/site_options.hpp"

namespace rs::http {

/// Adds Access-Control-Allow-Origin (the request's own origin, never "*") and Vary: Origin
/// to `response` when the request's Origin is allowed. Vary is added whenever the answer
/// depends on Origin, so a shared cache never serves one origin's headers to another.
void add_cors_headers(const Request& request, const SiteOptions& site, Response& response);

/// The answer to a preflight OPTIONS: 204 with the allowed methods for an allowed origin,
/// 403 without CORS headers for any other.
Response preflight_response(const Request& request, const SiteOptions& site);

}  // namespace rs::http
