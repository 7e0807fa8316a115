#pragma once
// What a query word means beyond its own terms (schema/analysis/): a compound typed whole
// also finds a text that writes its parts ("hoftebrudsforløb" → a text on "forløb" after a
// "hoftebrud"), and a noun also finds the adjective made of it ("økonomi" → "økonomiske").
// Both rank below the word itself: a related form is a weaker sign than the word typed.
// And the form typed weighs a little more than the stem's other forms and the compounds
// holding it: "hjem" ranks an item on coming hjem above one on hjemme and hjemmesygepleje.
// A word alone that names a topic also finds the items tagged with it, after those with
// the word (schema/analysis/topic_words.hpp).

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace rs::search {

/// Weight of a related form relative to the word's own match. Measured on tests/relevance/
/// (bench/relevance.sh): see the closing note of issue 14.
inline constexpr double related_form_weight = 0.5;
/// Extra weight of the form typed, relative to the word's own match. Measured on
/// tests/relevance/ (nDCG@10 / recall@10 / MRR): 0 → 0.915 / 0.927 / 0.977, 0.1 → 0.919 /
/// 0.931 / 0.978, 0.25 → 0.917 / 0.927 / 0.979, 0.5 → 0.910 / 0.930 / 0.971.
inline constexpr double exact_form_weight = 0.1;

/// The related forms of `lowercase_word` that `db` holds, if it holds the word itself (a
/// word it does not hold may be misspelt): each two-part reading of a
/// compound as an AND of its parts' stems, for a word the dictionary does not know the
/// compounds of the index that begin with it (esundhed → esundhedsvæsen), each derived
/// form's stem; an OR of them, or an empty query if there are none.
Xapian::Query related_forms(const Xapian::Database& db, const std::string& lowercase_word);

/// The joined forms of the words `text` writes with a mark (schema/analysis/joined_forms.hpp:
/// "e-sundhed" → esundhed), as the index holds them, with the compounds of the index that
/// begin with one at related_form_weight, ORed; an empty query if there are none.
/// The parser reads such a word as the phrase of its pieces; a text may write it whole.
Xapian::Query joined_words(const Xapian::Database& db, std::string_view text);

/// The other spellings (schema/data/spelling_variants.tsv: morsø for morsoe) of `text`'s
/// words that `db` holds, by their stems, ORed; an empty query if there are none.
Xapian::Query other_spellings(const Xapian::Database& db, std::string_view text);

/// `words` (a plain query's subqueries, one per word as the parser reads them) with each
/// word's subquery widened by its other spellings the index holds (at full weight: the same
/// word to a reader) and its related forms at related_form_weight, and its form as
/// typed weighing exact_form_weight more. `text` is what was
/// typed: it says which words the subqueries are. A subquery that stands for no single word
/// of `text` (a multi-word synonym) stays as it is. A query of one word also finds the items
/// tagged with the topics that word names, at no weight.
std::vector<Xapian::Query> with_related_forms(const Xapian::Database& db, std::vector<Xapian::Query> words,
                                              std::string_view text);

}  // namespace rs::search
