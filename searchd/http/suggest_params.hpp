#pragma once
// GET /api/suggest's parameters: q (what has been typed), limit, and the answer's format.

#include <vector>

#include "searchd/http/parsed.hpp"
#include "searchd/http/query_string.hpp"
#include "searchd/search/search_request.hpp"

namespace rs::http {

/// The shape of a suggestions answer.
enum class SuggestFormat {
    json,        ///< {"query", "suggestions": [{"text", "kind"}]}
    opensearch,  ///< [query, [texts]] as browsers ask for it (application/x-suggestions+json)
};

/// A parsed suggest request.
struct SuggestParams {
    search::SuggestRequest request;
    SuggestFormat format = SuggestFormat::json;
};

/// The decoded parameters as SuggestParams, or the first bad one. `q` is cut to its last
/// max_prefix_bytes: only the end of what was typed is completed.
Parsed<SuggestParams> parse_suggest_params(const std::vector<QueryParam>& params);

/// Longest `q` considered.
inline constexpr std::size_t max_prefix_bytes = 200;

}  // namespace rs::http
