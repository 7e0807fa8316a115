#pragma once
// Pieces every renderer uses: a line builder with blank-line noise, markup noise that a
// correct parser removes (the clean text stays the expectation), soft line wrapping,
// letter spacing, case-type markers and the final byte-level noise (CRLF, BOM, spaces).

#include <string>
#include <vector>

#include "tests/indexer/property/generated_meeting.hpp"
#include "tests/indexer/property/random_source.hpp"

namespace rs::test {

/// Which markup noise a family's text may carry.
enum class Markup { plain, html, markdown };

/// Collects the lines of one rendering.
class TextBuilder {
public:
    explicit TextBuilder(RandomSource& random) : random_(random) {}
    /// Appends one line as is.
    void line(const std::string& text) { lines_.push_back(text); }
    /// One blank line, sometimes two or three.
    void blank();
    /// A paragraph of clean text: markup noise added, then wrapped at `width` (0 = one line).
    void paragraph(const std::string& clean, Markup markup, int width);
    std::vector<std::string>& lines() { return lines_; }

private:
    RandomSource& random_;
    std::vector<std::string> lines_;
};

/// `clean` with noise a parser must strip: <i>/<b> tags and &amp; (html), **/*/[…](#) (markdown).
std::string add_markup_noise(const std::string& clean, Markup markup, RandomSource& random);
/// Escapes '&' as "&amp;" (web and HTML exports print entities).
std::string escape_ampersands(const std::string& text);
/// Soft line breaks at spaces; never starts a line with a digit (no "2025." look-alike headings).
std::vector<std::string> wrap_text(const std::string& text, int width);
/// "BESLUTNING" → "B E S L U T N I N G" (UTF-8 aware).
std::string letter_spaced(const std::string& text);
/// Upper case for ASCII and æ ø å é.
std::string upper(const std::string& text);
/// Joins the lines with "\n" or "\r\n", maybe adds trailing spaces and a UTF-8 BOM.
std::string finish_text(const std::vector<std::string>& lines, RandomSource& random);

/// "Region X, A Kommune, B Kommune og PLO": the region evidence every header prints.
std::string participants(const GeneratedMeeting& meeting);
/// The absent names joined with ", ", or "" when nobody was absent.
std::string absent_names(const GeneratedMeeting& meeting);
/// The recommendation clauses as lines under a "Det indstilles, at …" lead line:
/// style 0 "- Godkender …", 1 "1. Godkender …", 2 "at godkender … og" lines, 3 "1. at …".
std::vector<std::string> recommendation_lines(const GeneratedItem& item, int style);

/// Removes the sub-items (families with no sub-item syntax print only main items).
void drop_sub_items(GeneratedMeeting& meeting);
/// True when the item's decision is printed (a closed item's text is never checked).
bool prints_decision(const GeneratedItem& item);

}  // namespace rs::test
