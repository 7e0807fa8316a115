#pragma once
// The decision sentence: what was actually decided, in a line a reader can take in at a
// glance — the first sentence(s) of an item's Beslutning, else its Konklusion.

#include <cstddef>
#include <string>

#include "schema/model.hpp"

namespace rs::schema {

/// Longest decision sentence, in bytes of UTF-8, before it is cut at a word with "…".
inline constexpr std::size_t decision_text_bytes = 300;

/// The first whole sentences of the item's Beslutning (or, without one, Konklusion) that
/// fit in decision_text_bytes, whitespace collapsed; a first sentence longer than that is
/// cut at a word boundary and ends in "…". "" when the item has no decision section (an
/// agenda not yet dealt with) or it is empty. Plain text, not escaped.
std::string decision_text(const AgendaItem& item);

}  // namespace rs::schema
