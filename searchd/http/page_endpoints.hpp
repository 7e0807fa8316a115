#pragma once
// The endpoints people and their tools reach (docs/PAGES.md): the search page, permalinks,
// meeting pages, the Atom feed, the CSV export, OpenSearch and the static assets. Each
// turns an Exchange into a Response through the renderers of searchd/html/.

#include "searchd/http/exchange.hpp"
#include "searchd/http/response.hpp"

namespace rs::http {

/// GET /
Response page_search(const Exchange& exchange);
/// GET /punkt/{id}
Response page_item(const Exchange& exchange, std::string_view encoded_id);
/// GET /moede/{key}
Response page_meeting(const Exchange& exchange, std::string_view encoded_key);
/// GET /feed
Response feed(const Exchange& exchange);
/// GET /api/search.csv
Response search_csv(const Exchange& exchange);
/// GET /opensearch.xml
Response opensearch(const Exchange& exchange);
/// GET /static/{name} and /embed.js: the asset `name`, 304 when the client's ETag matches.
Response static_asset(const Exchange& exchange, std::string_view name);

/// The Danish page for `status` (404 for an unknown path, and the pages' failures).
Response error_page(unsigned status, std::string_view detail = {});

/// Items in a feed when the request gives no limit.
inline constexpr unsigned feed_default_limit = 20;

}  // namespace rs::http
