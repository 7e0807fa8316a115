#pragma once
// One line of a minutes file after markup cleaning: the unit every later parse stage
// classifies. The line number always refers to the file as the user sees it.

#include <string>

namespace rs::indexer {

struct SourceLine {
    int number = 0;         ///< 1-based line number in the file.
    std::string text;       ///< Cleaned text: no tags, entities, Markdown markers; whitespace collapsed.
    int heading_level = 0;  ///< Number of leading Markdown '#', 0 if none.
    bool emphasized = false;///< The whole line was bold (**…**, <b>…</b>).
    bool letter_spaced = false; ///< The line was written "B E S L U T N I N G" and has been joined.

    bool blank() const { return text.empty(); }
    /// Set out as a heading by its markup (Markdown heading or whole-line bold).
    bool marked_heading() const { return heading_level > 0 || emphasized; }
};

}  // namespace rs::indexer
