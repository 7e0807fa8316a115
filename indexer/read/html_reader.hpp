#pragma once
// A web page from a minutes system → the lines a reader of the page sees, through an
// HTML5 parser (gumbo) rather than per-line tag stripping: headings, paragraphs, list
// items and table rows become lines (cells apart by a tab); script, style, navigation,
// page header and footer, asides and forms are dropped; entities are decoded; the charset
// the page declares is honoured. The <title> comes first: it often names the body.

#include <string>
#include <string_view>

#include "indexer/read/source_text.hpp"

namespace rs::indexer {

/// The text of an HTML page. Throws ParseError (source, reason) for what is no text.
SourceText read_html(std::string_view bytes, const std::string& source);

/// The charset a page declares in its first kilobytes (<meta charset>, or the
/// content-type meta), lowercased; "" if none.
std::string declared_charset(std::string_view bytes);

}  // namespace rs::indexer
