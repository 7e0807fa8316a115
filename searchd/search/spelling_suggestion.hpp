#pragma once
// "Mente du …" from the index's own words: a query word the index does not hold is
// replaced by the closest word it does hold (edit distance, then frequency). A word the
// index holds is never "corrected" (Xapian 1.4's own spelling corrects valid inflections),
// nor one word into another when hunspell-da calls both correct Danish.

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace rs::search {

/// `query` with each plain lowercase word absent from `db` replaced by its nearest indexed
/// word, unless both are Danish words (the word lists of decompounder.hpp), or "" when no
/// word needed or found a replacement. Words with query syntax
/// (field:, wildcards, quotes, operators) are left as written.
std::string spelling_suggestion(const Xapian::Database& db, std::string_view query);

/// `query` with each word the index does not hold replaced by the (lowercase) spelling variant
/// it does hold (schema/data/spelling_variants.tsv: aa/å, ae/æ, oe/ø, both ways; words of
/// spelling_exceptions.tsv never), the most frequent if several; "" when nothing changed.
std::string indexed_spellings(const Xapian::Database& db, std::string_view query);

/// Every spelling of `lowercase_word` the variant table allows (itself excluded), at most
/// 16. Exposed for tests.
std::vector<std::string> spelling_variants(std::string_view lowercase_word);

/// Levenshtein distance between two UTF-8 strings in code points, or `limit` + 1 when it
/// is larger than `limit` (computation stops early). Exposed for tests.
unsigned edit_distance(std::string_view a, std::string_view b, unsigned limit);

}  // namespace rs::search
