#pragma once
// The search page (docs/PAGES.md): the form, the facet sidebar, chips, sorting, hits and
// paging, all links built from the request so the URL always holds the whole state.

#include <string>

#include <nlohmann/json.hpp>

#include "searchd/http/parsed.hpp"
#include "searchd/search/search_request.hpp"
#include "searchd/search/search_result.hpp"

namespace rs::html {

/// The view of templates/search.mustache for `request` answered by `result`.
nlohmann::json search_page_view(const search::SearchRequest& request, const search::SearchResult& result);

/// The whole page for a search that was answered.
std::string render_search_page(const search::SearchRequest& request, const search::SearchResult& result,
                               const search::IndexStatus& status = {});

/// The Danish line that says an index is incomplete and how far its build got; "" for a
/// complete index.
std::string incomplete_index_notice(const search::IndexStatus& status);

/// The page for a search whose parameters could not be read: the form with `query` as
/// typed and a Danish message naming the parameter, no results.
std::string render_search_error_page(std::string_view query, const http::ParamError& error);

}  // namespace rs::html
