#pragma once
// The JSON API's endpoints (docs/API.md): each turns an Exchange into a Response and
// throws only what the router maps (search::InvalidRequest, search::IndexUnavailable).

#include "searchd/http/exchange.hpp"
#include "searchd/http/response.hpp"

namespace rs::http {

/// GET /api/search
Response api_search(const Exchange& exchange);
/// GET /api/items/{id}; `encoded_id` is the rest of the path.
Response api_item(const Exchange& exchange, std::string_view encoded_id);
/// GET /api/compare: the search's parameters, every match grouped by body.
Response api_compare(const Exchange& exchange);
/// GET /api/suggest
Response api_suggest(const Exchange& exchange);
/// GET /api/health
Response api_health(const Exchange& exchange);

/// A 400 naming the parameter of `error`.
Response bad_parameter(const ParamError& error);

}  // namespace rs::http
