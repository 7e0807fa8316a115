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
/// Which list of related items an endpoint gives.
enum class RelatedList { similar, history };
/// GET /api/items/{id}/similar (similar items in other clusters) and /api/items/{id}/history
/// (the item's history in its cluster); `encoded_id` is the path between.
Response api_related(const Exchange& exchange, std::string_view encoded_id, RelatedList list);
/// GET /api/coverage: every indexed meeting by body and forum, with gaps.
Response api_coverage(const Exchange& exchange);
/// GET /api/compare: the search's parameters, every match grouped by body.
Response api_compare(const Exchange& exchange);
/// GET /api/suggest
Response api_suggest(const Exchange& exchange);
/// GET /api/health
Response api_health(const Exchange& exchange);

/// A 400 naming the parameter of `error`.
Response bad_parameter(const ParamError& error);

}  // namespace rs::http
