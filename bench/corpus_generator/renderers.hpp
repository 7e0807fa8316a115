#pragma once
// Document → bytes of one format. The renderers decide markup only; what is written and in
// which order is the layout family's.

#include <string>
#include <vector>

#include "bench/corpus_generator/document.hpp"
#include "bench/corpus_generator/output_format.hpp"
#include "bench/corpus_generator/random.hpp"

namespace rs::corpus_generator {

/// Plain text: one line per block (paragraphs wrapped as document.text_style says).
void render_text(const Document& document, Random& random, std::string& out);
/// Markdown: "#" headings, "**bold**", "- " lists, pipe tables.
void render_markdown(const Document& document, std::string& out);
/// A saved web page: the site's chrome (title, skip link, menus, breadcrumb, cookie banner,
/// footer) around the document's blocks as HTML elements.
void render_html(const Document& document, std::string& out);

/// The renderer for `format`; appends to `out`.
void render(const Document& document, OutputFormat format, Random& random, std::string& out);

/// A table row as text and Markdown write it: "| a | b |".
std::string pipe_row(const std::vector<std::string>& cells);

/// `text` with the italic markers of meeting_content.hpp written as `begin` … `end`.
std::string with_italics(std::string_view text, std::string_view begin, std::string_view end);

}  // namespace rs::corpus_generator
