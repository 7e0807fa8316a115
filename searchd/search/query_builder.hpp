#pragma once
// Free text → Xapian query through the shared analysis chain (schema/analysis/), robust
// against anything a user can type: a malformed query is read more loosely, never a 500.

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace rs::search {

/// The text part of a search.
struct TextQuery {
    Xapian::Query match;      ///< What documents must match; empty when the text has no words.
    Xapian::Query highlight;  ///< The same words unprefixed: what snippets mark.
    std::string note;         ///< For SearchResult::query_note: how the text was read, "" if as written.
    /// Weight only: what ranks a match higher without matching anything itself (the words
    /// side by side as typed); empty when nothing does. Kept apart from `match` because it
    /// is costly per document (position lists) and counting matches needs no weights.
    Xapian::Query bonus;

    /// True when the text contributed words to match.
    bool has_words() const { return !match.empty(); }
};

/// Parses `text` against `db`. Reading order: as written with all query features; on a
/// syntax error ("kommune AND", a lone "OR") as plain words with operators dropped. When
/// no words remain, an empty TextQuery with a note if `has_filters` (the filters alone
/// then select), else InvalidRequest("q"). Blank text is an empty TextQuery, no note.
/// More than analysis::max_wildcard_words wildcard words is InvalidRequest("q").
TextQuery build_text_query(const Xapian::Database& db, std::string_view text, bool has_filters);

/// Words of `text` that end in * (kommun*, "sundheds*"): each is a wildcard expansion.
std::size_t wildcard_words(std::string_view text);

/// True if `text` uses query syntax: an operator word (AND, OR, NOT, XOR, NEAR, ADJ), a
/// word starting with + or -, quotes, parentheses or a field ("titel:"). Such a query is
/// read exactly as written; one of plain words is forgiving (at_least_half).
bool has_query_syntax(std::string_view text);

/// How many of a plain query's `words` (stop words left out) an item must have: one of
/// one or two, else half rounded up (2 of 3, 2 of 4, 3 of 5 …).
std::size_t words_required(std::size_t words);

/// The word subqueries of a plain query as the parser gives it: an OR's subqueries, or the
/// query itself when it is one word (or empty).
std::vector<Xapian::Query> word_subqueries(const Xapian::Query& words);

/// The items that have at least words_required of `words` (one subquery per word), ranked
/// by how many they have.
Xapian::Query at_least_half(const std::vector<Xapian::Query>& words);

/// at_least_half over an OR of words as the parser gives a plain query; any other query is
/// returned as it is.
Xapian::Query at_least_half(const Xapian::Query& words);

/// `text` with query syntax removed: operator characters become spaces and the operator
/// words AND, OR, NOT, XOR, NEAR, ADJ are dropped. Exposed for tests.
std::string plain_words(std::string_view text);

}  // namespace rs::search
