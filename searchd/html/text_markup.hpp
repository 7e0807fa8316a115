#pragma once
// Minutes text → HTML for the pages: every character escaped, the structure a reader
// needs kept (paragraphs, numbered and bulleted lists, short sub-headings), and the
// words a search matched wrapped in <mark>.

#include <string>
#include <string_view>
#include <vector>

#include "schema/text/plain_text.hpp"

namespace rs::html {

/// `text` escaped for HTML element text and attribute values (& < > " ').
using schema::html_escape;

/// `text` escaped, with every word whose lowercase form is in `marked` (sorted, as
/// ItemDetail::marked_words) wrapped in <mark>…</mark>.
std::string marked_html(std::string_view text, const std::vector<std::string>& marked);

/// A section's text (paragraphs separated by blank lines) as HTML blocks: a paragraph
/// whose lines all start with a list marker ("1.", "a)", "-", "•") becomes <ol> or <ul>;
/// a lone short line without closing punctuation followed by more text becomes <h3>;
/// other paragraphs <p> with their line breaks kept as <br>.
std::string section_html(std::string_view text, const std::vector<std::string>& marked);

}  // namespace rs::html
