#pragma once
// Removes what a minutes file carries from the system that produced it: HTML tags and
// entities, Markdown headings, emphasis, links, escapes and table pipes, letter-spaced
// headings. What remains is the text a reader sees, so no markup reaches the index.

#include <string>
#include <string_view>
#include <vector>

#include "indexer/parse/source_line.hpp"
#include "schema/text/regex.hpp"

namespace rs::indexer {

class MarkupCleaner {
public:
    MarkupCleaner();

    /// Splits UTF-8 `text` into lines (LF, CRLF or CR) and cleans each.
    std::vector<SourceLine> clean_lines(std::string_view text) const;
    /// One raw line cleaned; `number` is carried into the result.
    SourceLine clean_line(std::string_view raw, int number) const;

private:
    schema::Regex autolink_;
    schema::Regex html_comment_;
    schema::Regex html_tag_;
    schema::Regex bold_tag_line_;
    schema::Regex entity_;
    schema::Regex md_heading_;
    schema::Regex md_bold_line_;
    schema::Regex md_link_;
    schema::Regex md_italic_;
    schema::Regex md_escape_;
    schema::Regex table_pipe_;
    schema::Regex table_rule_;
    schema::Regex invisible_;
};

/// The text of one HTML entity ("amp", "#230", "#xE6"), or "" if unknown.
std::string decode_entity(std::string_view name);

/// "B E S L U T N I N G" → "BESLUTNING"; words separated by 2+ spaces stay apart.
/// Returns the input unchanged unless the whole line is letter-spaced.
std::string join_letter_spacing(std::string_view line, bool& joined);

}  // namespace rs::indexer
