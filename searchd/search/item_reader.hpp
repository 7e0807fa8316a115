#pragma once
// Items and meetings by their permanent ids.

#include <optional>
#include <string_view>

#include <xapian.h>

#include "searchd/search/search_result.hpp"

namespace rs::search {

/// The item stored in `doc` as a hit of weight `relevance`: no snippet, decision_text
/// set. Throws schema::CorruptDocument if the stored data is not ours.
Hit read_hit(const Xapian::Document& doc, double relevance);

/// The item indexed under `id` with the meeting's indexed items in agenda order (number,
/// then sub-item), itself included, and the words `highlight` matches in it; nullopt if no
/// such item. Xapian errors propagate.
std::optional<ItemDetail> read_item(const Xapian::Database& db, std::string_view id, std::string_view highlight);

/// The meeting whose key is `key` (compared lowercased) with all its indexed items in
/// agenda order; nullopt if it has none. Xapian errors propagate.
std::optional<MeetingDetail> read_meeting(const Xapian::Database& db, std::string_view key);

}  // namespace rs::search
