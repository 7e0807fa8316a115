#pragma once
// What an endpoint gets: the request, the search service and the site options. No socket.

#include <string_view>

#include "searchd/http/query_string.hpp"
#include "searchd/http/request.hpp"
#include "searchd/http/site_options.hpp"
#include "searchd/search/search_service.hpp"

namespace rs::http {

/// One request on its way through an endpoint.
struct Exchange {
    const Request& request;
    search::SearchService& service;
    const SiteOptions& site;
    std::string_view path;   ///< The target's path, still percent-encoded.
    std::string_view query;  ///< The target's query string, without '?'.
};

/// Who reads an endpoint's answers, and so how its failures are written.
enum class Audience {
    api,   ///< Programs: JSON error envelopes, CORS for allowed origins.
    page,  ///< People: Danish HTML error pages.
};

}  // namespace rs::http
