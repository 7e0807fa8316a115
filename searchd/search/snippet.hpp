#pragma once
// The excerpt shown under a hit: which section, how long, and HTML safety. Free of
// Xapian: the search code passes in a highlighter built on MSet::snippet.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "schema/model.hpp"
#include "schema/text/plain_text.hpp"

namespace rs::search {

/// Bytes of text a snippet aims at (about 250 Danish characters).
inline constexpr std::size_t snippet_bytes = 260;

/// Marks the query's words in `text`: an HTML-escaped excerpt with <mark>…</mark>, "" when
/// nothing in `text` matches.
using Highlighter = std::function<std::string(const std::string& text)>;

/// The snippet of `item`: the highlighted excerpt of the section with most marked words
/// (ties: Beslutning, Konklusion, Resumé, Indstilling, Sagsfremstilling, Tekst, Bilag).
/// With no highlighter, or no section matching, the start of Beslutning or Konklusion,
/// else Resumé, else the first section. "" for an item without text.
std::string make_snippet(const schema::AgendaItem& item, const Highlighter* highlight);

using schema::collapse_whitespace;
using schema::html_escape;

/// The start of `text` cut at a word boundary within `bytes`, "…" appended when cut, HTML-escaped.
std::string plain_excerpt(std::string_view text, std::size_t bytes);

}  // namespace rs::search
