#pragma once
// The Xapian implementation of SearchService.

#include <filesystem>
#include <memory>

#include "searchd/search/search_service.hpp"

namespace rs::search {

/// A SearchService over the index at `index_dir`, safe for `max_threads` concurrent
/// callers (one Xapian::Database each, reopened per request so commits by the indexer
/// are seen without a restart). Throws IndexUnavailable if the index cannot be opened.
std::unique_ptr<SearchService> make_xapian_search_service(const std::filesystem::path& index_dir,
                                                          unsigned max_threads);

}  // namespace rs::search
