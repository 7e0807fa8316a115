#pragma once
// Small, shared operations on text as the pages and the search core present it.

#include <string>
#include <string_view>

namespace rs::schema {

/// `text` safe inside an HTML (or XML) element or attribute: & < > " ' escaped.
std::string html_escape(std::string_view text);

/// Runs of white space (newlines included) as one space, trimmed at both ends.
std::string collapse_whitespace(std::string_view text);

}  // namespace rs::schema
