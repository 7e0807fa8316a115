#pragma once
// A temporary index built from minutes made in code, with a search service over it.

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "schema/model.hpp"
#include "searchd/search/search_service.hpp"
#include "tests/search/test_corpus.hpp"
#include "tests/support/paths.hpp"

namespace rs::test {

/// `files` indexed into a fresh directory, and a Xapian search service over it.
struct SearchIndex {
    explicit SearchIndex(std::vector<schema::Minutes> minutes, unsigned threads = 2);

    TempDir dir;
    std::vector<schema::Minutes> files;
    std::vector<Row> rows;  ///< The open items: what the brute force searches.
    std::unique_ptr<search::SearchService> service;
};

/// The ids of `result`'s hits, in order.
std::vector<std::string> hit_ids(const search::SearchResult& result);

/// A facet's value list as value → count.
std::map<std::string, std::uint64_t> as_map(const std::vector<search::FacetCount>& values);

/// A request for `query` with `limit` hits.
search::SearchRequest request(const std::string& query, unsigned limit = search::SearchRequest::max_limit);

}  // namespace rs::test
