#pragma once
// The same minutes in the other forms archives hold them, made from a text file by the
// tests themselves: a PDF as a word processor prints it (wrapped and hyphenated lines,
// a running header and "Side N af M" on every page), a web page as a minutes system
// publishes it (navigation, scripts, a cookie form, entities, a declared charset), and
// windows-1252 and UTF-16 copies.

#include <string>
#include <string_view>

namespace rs::test {

/// A PDF of `text` (UTF-8): A4 pages of Courier 10 pt, paragraphs wrapped at 80 characters
/// with long words hyphenated, blank lines kept as gaps; `running_header` at the top of
/// every page and "Side N af M" at the bottom.
std::string render_pdf(std::string_view text, std::string_view running_header);

/// A PDF of `pages` pages with nothing on them but an image-less blank: what a scan
/// without recognised text looks like to a text extractor.
std::string render_blank_pdf(int pages);

/// A web page of `text`: one <p> per line (a <ul> for "- " lines), Danish letters as
/// entities, inside a page with a <title>, navigation, a script, a form and a footer.
std::string render_html(std::string_view text, std::string_view title);

/// `text` in windows-1252 (every character of the seeds is in it).
std::string to_windows1252(std::string_view text);

/// `text` in UTF-16 with a byte order mark, little or big endian.
std::string to_utf16(std::string_view text, bool little_endian);

}  // namespace rs::test
