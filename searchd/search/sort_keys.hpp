#pragma once
// Hit order. Sorting is by value, not by docid: documents are not added in date order
// (archives are back-filled, replace_document keeps old docids), and with exact facet
// counts (check_at_least = doccount) the matcher visits every match anyway, so the early
// termination a docid order would buy is already gone.

#include <xapian.h>

#include "searchd/search/search_request.hpp"

namespace rs::search {

/// The order actually used: `requested`, or relevance when the query has words, else newest.
SortOrder effective_order(const std::optional<SortOrder>& requested, bool has_words);

/// Sets `enquire`'s order: newest/oldest by meeting date, then meeting, item number and
/// sub-item (agenda order within a meeting); relevance ties broken newest first.
/// `sorter` must outlive the enquire's use.
void apply_order(Xapian::Enquire& enquire, SortOrder order, Xapian::MultiValueKeyMaker& sorter);

}  // namespace rs::search
