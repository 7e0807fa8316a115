#pragma once
// One faceted search over one open database: the whole of SearchService::search except
// pooling and retrying, so that it can run again from the start on a reopened database.

#include <string>

#include <xapian.h>

#include "searchd/search/facet_counter.hpp"
#include "searchd/search/search_request.hpp"
#include "searchd/search/search_result.hpp"

namespace rs::search {

/// Answers `request` from `db`, at the revision `revision_key` names (facet columns are
/// kept per revision), took_ms left 0. Throws InvalidRequest; Xapian errors
/// (DatabaseModifiedError above all) propagate to the caller, which retries.
SearchResult run_search(const Xapian::Database& db, const std::string& revision_key, const SearchRequest& request,
                        const FacetCounter& counter);

}  // namespace rs::search
