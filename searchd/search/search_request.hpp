#pragma once
// A search as the search core receives it: already parsed and validated at the edge
// (searchd/http/search_params.cpp), so nothing in here is a raw string map.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rs::search {

/// How hits are ordered.
enum class SortOrder { relevance, newest, oldest };

/// What the hits are for, which sets how many may be asked for and what is computed.
enum class SearchPurpose {
    page,    ///< A page of results: snippets and facet counts, at most max_limit hits.
    export_rows, ///< A spreadsheet: up to max_export_limit hits, no snippets, no facet counts.
};

/// One faceted query.
struct SearchRequest {
    std::string query;  ///< Free text in the query syntax; empty browses everything.
    /// Selected values per facet name (see rs::schema::facets): ORed within a facet,
    /// ANDed across facets. Keys are always known facet names.
    std::map<std::string, std::vector<std::string>, std::less<>> filters;
    std::string from;  ///< Inclusive lower date bound "YYYY-MM-DD", "" for none.
    std::string to;    ///< Inclusive upper date bound "YYYY-MM-DD", "" for none.
    /// Requested order; when unset: relevance if `query` has words, else newest.
    std::optional<SortOrder> sort;
    unsigned offset = 0;  ///< Hits to skip.
    static constexpr unsigned default_limit = 10;
    static constexpr unsigned max_limit = 100;
    static constexpr unsigned max_export_limit = 10'000;

    unsigned limit = default_limit;  ///< Hits to return, at most limit_cap(); 0 counts without hits.
    SearchPurpose purpose = SearchPurpose::page;
    /// When a plain query finds less than a page, fill the first page with related items
    /// (SearchResult::related_words), as the search page and /api/search do unless
    /// related=0. Exports never are; a comparison turns it off.
    bool fill_with_related = true;

    /// The most hits this request's purpose allows: the one owner of that rule.
    unsigned limit_cap() const { return purpose == SearchPurpose::page ? max_limit : max_export_limit; }
};

/// Completions for a search box.
struct SuggestRequest {
    std::string prefix;  ///< What the user has typed so far (NFC); the last word is completed.
    static constexpr unsigned default_limit = 8;
    static constexpr unsigned max_limit = 20;
    unsigned limit = default_limit;
};

}  // namespace rs::search
