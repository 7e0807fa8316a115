#pragma once
// Derived forms: the adjectives Danish makes of a noun by a suffix (økonomi → økonomisk,
// telemedicin → telemedicinsk), from schema/data/derivational_suffixes.tsv. A search for
// the noun is about the same subject as a text that uses the adjective.

#include <string>
#include <string_view>
#include <vector>

namespace rs::schema::analysis {

/// Shortest word, in bytes, whose derived forms are looked for: short words make
/// accidental ones ("bo" + "sk").
inline constexpr std::size_t shortest_derivable_word = 5;

/// The candidate derived forms of `lowercase_word`, one per suffix of the data file, in its
/// order; empty for a word shorter than shortest_derivable_word. Candidates, not words: the
/// caller keeps those its index holds. Throws DataError for a malformed data file.
std::vector<std::string> derived_forms(std::string_view lowercase_word);

}  // namespace rs::schema::analysis
