#pragma once
// Routes a transport-free Request to its endpoint and maps every failure to an error
// response, in this one place. Never sees a socket; tests call it directly.
//
//   GET /api/search      search_params.hpp → SearchService::search → render_search
//   GET /api/items/{id}  id may contain '/', percent-decoded → SearchService::item
//   GET /api/health      SearchService::status
// HEAD is allowed wherever GET is; OPTIONS answers CORS preflights of the API; other
// methods get 405 with Allow.

#include "searchd/http/request.hpp"
#include "searchd/http/response.hpp"
#include "searchd/http/site_options.hpp"
#include "searchd/search/search_service.hpp"

namespace rs::http {

/// The response to `request`. Never throws: InvalidRequest → 400, IndexUnavailable → 503,
/// anything else → 500 with a generic message (the details go to the log).
Response handle_request(const Request& request, search::SearchService& service, const SiteOptions& site);

/// The endpoint a request of `path` (no query string) is counted under by /metrics: one of
/// ServerMetrics::endpoint_names.
std::string_view endpoint_name(std::string_view path);

}  // namespace rs::http
