#pragma once
// Small, shared operations on text as the pages and the search core present it.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rs::schema {

/// `text` safe inside an HTML (or XML) element or attribute: & < > " ' escaped.
std::string html_escape(std::string_view text);

/// Runs of white space (newlines included) as one space, trimmed at both ends.
std::string collapse_whitespace(std::string_view text);

/// `values` with `separator` between them ("a, b, c" for ", "); "" for none.
std::string join(const std::vector<std::string>& values, std::string_view separator);

/// `text` if it has at most `bytes` bytes; else cut at the last space within them (or at
/// a character boundary), trailing punctuation dropped, and "…" added.
std::string shorten(std::string_view text, std::size_t bytes);

}  // namespace rs::schema
