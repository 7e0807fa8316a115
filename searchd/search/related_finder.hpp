#pragma once
// Finding related items with Xapian's relevance feedback: the item's key terms
// (key_terms.hpp, the item as the one relevant document) find the items that share the
// most of them.

#include <optional>
#include <string_view>

#include <xapian.h>

#include "searchd/search/related_items.hpp"

namespace rs::search {

/// The items related to the item indexed under `id`, or nullopt if there is none. A
/// procedural item (Velkomst, Eventuelt) has no key terms and nothing related. Xapian
/// errors propagate.
std::optional<RelatedItems> find_related(const Xapian::Database& db, std::string_view id, const RelatedRequest& request);

}  // namespace rs::search
