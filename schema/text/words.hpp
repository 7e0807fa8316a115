#pragma once
// Splitting text into words the way a reader sees them: runs of letters and digits (ICU
// character classes, so æ, ø, å and accented letters are letters), everything else a gap.
// The search core uses it to find which words of an item a query matched; the page
// renderer uses the same split to mark them, so the two can never disagree on a boundary.

#include <cstddef>
#include <functional>
#include <string_view>

namespace rs::schema {

/// One piece of text: a word or the gap between words, as a view into the original.
struct TextPiece {
    std::string_view text;
    bool is_word;
};

/// Calls `visit` for every word and every gap of `utf8` in order; concatenating the
/// pieces gives `utf8` back. Invalid UTF-8 bytes count as gap.
void for_each_piece(std::string_view utf8, const std::function<void(const TextPiece&)>& visit);

}  // namespace rs::schema
