#pragma once
// Atom 1.0 (RFC 4287) of a search, and the OpenSearch description of the site.

#include <string>
#include <string_view>

#include "searchd/search/search_request.hpp"
#include "searchd/search/search_result.hpp"

namespace rs::html {

/// The Atom document for `result` of `request`: feed id and self link `self_url` (absolute,
/// the feed's own address), one entry per hit linking its absolute permalink, with the
/// decision sentence and the snippet. `base_url` is the site's absolute address.
std::string render_atom_feed(const search::SearchRequest& request, const search::SearchResult& result,
                             std::string_view base_url, std::string_view self_url);

/// /opensearch.xml for a site at `base_url`.
std::string render_opensearch(std::string_view base_url);

}  // namespace rs::html
