#pragma once
// "Mente du …" from the index's own words: a query word the index does not hold is
// replaced by the closest word it does hold (edit distance, then frequency). A word the
// index holds is never "corrected" (Xapian 1.4's own spelling corrects valid inflections).

#include <string>
#include <string_view>

#include <xapian.h>

namespace rs::search {

/// `query` with each plain lowercase word absent from `db` replaced by its nearest indexed
/// word, or "" when no word needed or found a replacement. Words with query syntax
/// (field:, wildcards, quotes, operators) are left as written.
std::string spelling_suggestion(const Xapian::Database& db, std::string_view query);

/// Levenshtein distance between two UTF-8 strings in code points, or `limit` + 1 when it
/// is larger than `limit` (computation stops early). Exposed for tests.
unsigned edit_distance(std::string_view a, std::string_view b, unsigned limit);

}  // namespace rs::search
