#pragma once
// Typed search results → the API's JSON (docs/API.md). Field mapping of meetings and items
// comes from schema/record_json.hpp; this file only chooses and arranges. Objects keep
// insertion order (ordered_json) so that "total" comes before a screenful of facets.

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "searchd/search/comparison.hpp"
#include "searchd/search/coverage.hpp"
#include "searchd/search/related_items.hpp"
#include "searchd/search/search_request.hpp"
#include "searchd/search/search_result.hpp"

namespace rs::http {

/// One hit: the item summary (no sections) with its meeting's fields flattened, url and snippet.
nlohmann::ordered_json render_hit(const search::Hit& hit);

/// {"total", "offset", "limit", "took_ms", "hits", "facets"[, "query_note"]}; every facet
/// of schema::facets is present, empty if the result has no counts for it.
nlohmann::ordered_json render_search(const search::SearchRequest& request, const search::SearchResult& result);

/// The item in full (sections included) with "url" and "meeting": its meeting plus "items",
/// the meeting's items as {"id", "url", "number", "sub", "title"}.
nlohmann::ordered_json render_item(const search::ItemDetail& detail);

/// {"query": q, "suggestions": [{"text", "kind"}]}, kind one of word, title, project, topic.
nlohmann::ordered_json render_suggestions(std::string_view query, const std::vector<search::Suggestion>& suggestions);

/// [q, [texts]]: the OpenSearch suggestions format (application/x-suggestions+json).
nlohmann::ordered_json render_opensearch_suggestions(std::string_view query,
                                                     const std::vector<search::Suggestion>& suggestions);

/// {"total", "truncated", "groups": [{"body", "first_date", "latest_date", "outcomes": {…},
/// "latest_outcome": […], "items": [hit without snippet…]}]} for GET /api/compare.
nlohmann::ordered_json render_comparison(const search::Comparison& comparison);

/// {"id", "key_terms": […], "items": [hit without snippet + "shared_terms", "shared_projects"]}
/// for GET /api/items/{id}/similar.
nlohmann::ordered_json render_similar(std::string_view id, const search::RelatedItems& related);

/// {"id", "items": [as in render_similar, in date order]} for GET /api/items/{id}/history.
nlohmann::ordered_json render_history(std::string_view id, const search::RelatedItems& related);

/// {"meetings", "items", "bodies": [{"body", "region", "meetings", "first_date", "latest_date",
/// "forums": [{"forum", "typical_days", "meetings": [{"key", "url", "date", "kind", "source",
/// "items"}], "gaps": [{"after", "before", "days"}]}]}]} for GET /api/coverage.
nlohmann::ordered_json render_coverage(const search::Coverage& coverage);

/// {"status": "ok", "items": N, "revision": "…"}; the index path is not disclosed.
nlohmann::ordered_json render_health(const search::IndexStatus& status);

/// {"error": {"code", "message"[, "parameter"]}}; "parameter" only when non-empty.
nlohmann::ordered_json render_error(std::string_view code, std::string_view message, std::string_view parameter = {});

/// Compact JSON text. Invalid UTF-8 that slipped in is replaced (U+FFFD), never thrown on.
std::string to_body(const nlohmann::ordered_json& json);

}  // namespace rs::http
