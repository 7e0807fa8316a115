#pragma once
// A PDF → the lines of its text in reading order, through poppler's C++ API, with what
// the page layout adds removed: running headers and footers (lines that repeat at the
// top or bottom of the pages, page numbers whatever their wording), lines of one
// paragraph joined again (a line that fills the column continues on the next), and words
// hyphenated across lines or pages joined. Paragraphs are separated by a blank line, as
// in the text exports the parser reads.

#include <string>
#include <string_view>

#include "indexer/read/source_text.hpp"

namespace rs::indexer {

/// The text of a PDF. Throws ParseError (source, reason) for an encrypted, damaged or
/// truncated PDF, and for one without text (scanned pages need OCR first).
SourceText read_pdf(std::string_view bytes, const std::string& source);

}  // namespace rs::indexer
