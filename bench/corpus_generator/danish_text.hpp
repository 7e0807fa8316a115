#pragma once
// Small text operations on Danish UTF-8 that the generator needs and that must not depend
// on a locale: capitals (æ → Æ), letter spacing, slugs for file names, line wrapping that
// never makes a line the parser would read as structure, HTML escaping.

#include <string>
#include <string_view>
#include <vector>

namespace rs::corpus_generator {

class Random;

/// `text` with its first letter in capitals.
std::string capitalize(std::string_view text);
/// `text` in capitals (a–z, æ ø å and the other Latin-1 letters).
std::string upper(std::string_view text);
/// `text` in small letters (A–Z, Æ Ø Å and the other Latin-1 letters).
std::string lower(std::string_view text);
/// "Beslutning" → "B E S L U T N I N G": a heading as a PDF with letter spacing prints it.
std::string letter_spaced(std::string_view heading);
/// ASCII file-name slug: æ→ae, ø→oe, å→aa, other characters runs of "-".
std::string ascii_slug(std::string_view text);

/// How to break a paragraph into lines, as a PDF or a fixed-width export does.
struct WrapStyle {
    std::size_t width = 95;       ///< Characters per line, roughly (bytes).
    int hyphenate_percent = 0;    ///< Chance that a long word at a line end is split with "-".
};

/// `paragraph` as lines of at most about `style.width` characters. A line never starts
/// with a digit or other non-letter, never with a word followed by a number ("punkt 4",
/// "ad 3": item headings), and holds at least two words, so that no line reads as an item
/// heading, a section heading or page furniture.
std::vector<std::string> wrap(std::string_view paragraph, const WrapStyle& style, Random& random);

}  // namespace rs::corpus_generator
