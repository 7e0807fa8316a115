#pragma once
// One item by id, with its meeting and the meeting's other items.

#include <optional>
#include <string_view>

#include <xapian.h>

#include "searchd/search/search_result.hpp"

namespace rs::search {

/// The item indexed under `id` with the meeting's indexed items in agenda order (number,
/// then sub-item), itself included; nullopt if no such item. Xapian errors propagate.
std::optional<ItemDetail> read_item(const Xapian::Database& db, std::string_view id);

}  // namespace rs::search
