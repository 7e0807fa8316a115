#pragma once
// The one Danish analysis chain, shared by the indexer (TermGenerator) and searchd
// (QueryParser, snippets). Indexed text and query text go through the same links:
//
//   normalize_text (NFC) → Xapian tokeniser → stemmer (Danish Snowball) → terms
//
// Later links plug in here and nowhere else: stop words (set_stopper on both sides, from
// a list in schema/data/), protected stems ("demens" must not become "dem": a
// Xapian::StemImplementation wrapping Snowball, returned by make_stemmer), synonyms
// (QueryParser::add_synonym keys built with the same stemmer) and compound splitting
// (extra terms from the TermGenerator side, the same split of query words).

#include <xapian.h>

namespace rs::schema::analysis {

/// Snowball language of the stemmer on both sides.
inline constexpr const char* stemmer_language = "danish";

// Stemming strategy: STEM_SOME on both sides (indexer and parser must match).
// - The index holds every word unstemmed with positions, plus "Z"+stem without: phrases
//   ("kom trygt hjem") match exactly, and wildcards expand over real words — with
//   STEM_ALL_Z 1.4 expands `godk*` against unstemmed terms the index would not have.
// - Lowercase query words are stemmed (godkendelse finds godkendt); a capitalised word
//   is searched as written, the way to ask for "Demens" and not the stem "dem".
// - Users type lowercase (docs/MINUTES.md), so stemming is what they get by default.
/// Stemming strategy of the TermGenerator.
inline constexpr auto index_stem_strategy = Xapian::TermGenerator::STEM_SOME;
/// Stemming strategy of the QueryParser: must be the same strategy as the index's.
inline constexpr auto query_stem_strategy = Xapian::QueryParser::STEM_SOME;

// Default operator AND: people type two or three words into a decision archive and want
// items about all of them; every extra word narrows the list and the facet counts, as in
// any faceted search. OR (Xapian's default) would rank well with BM25 but make totals
// and facet counts grow with every word typed, which reads as noise. OR stays available
// as an operator ("hoftebrud OR hoftefraktur").
/// How query words without an operator combine.
inline constexpr auto default_operator = Xapian::Query::OP_AND;

/// Parser features users get: "phrases", AND/OR/NOT and parentheses, +word/-word, right
/// truncation (godk*), and a query of only NOT terms meaning "everything except".
inline constexpr unsigned query_flags =
    Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
    Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
    Xapian::QueryParser::FLAG_PURE_NOT;

/// Flags for a query re-read as plain words after a syntax error.
inline constexpr unsigned plain_query_flags = 0;

/// Most terms one wildcard expands to; the most frequent ones are kept rather than
/// failing the search (WILDCARD_LIMIT_ERROR would throw at match time for "a*").
inline constexpr Xapian::termcount wildcard_max_expansion = 100;

/// Positions skipped between two fields or sections, so a phrase never matches across them.
inline constexpr Xapian::termpos field_gap = 100;

}  // namespace rs::schema::analysis
