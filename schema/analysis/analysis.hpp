#pragma once
// The one Danish analysis chain, shared by the indexer (TermGenerator) and searchd
// (QueryParser, snippets); both call it through one object, analyzer.hpp's Analyzer.
// Indexed text and query text go through the same links:
//
//   normalize_text (NFC) → Xapian tokeniser → stemmer (Danish Snowball) → terms
//                        → joined forms (joined_forms.hpp: SAM:BO → sambo)
//                        → compound parts (decompounder.hpp)
//
// and on the query side only: stop words, synonyms, and a plain word's related forms
// (searchd/search/related_forms.hpp: a compound's two-part readings, derived adjectives
// from derivations.hpp).
//
// Stop words (stop_words.hpp, query side) and synonyms (synonyms.hpp) are links of the
// chain; later links plug in here and nowhere else: protected stems ("demens" must not become "dem": a
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

// How words combine. A query written with syntax (an operator, a field, quotes, +/-) is read
// exactly as written, with AND between words that have no operator between them. A query
// of plain words is forgiving (searchd/search/query_builder.cpp): every word counts, but
// an item needs only half of them (two words: either), ranked below the items that have
// more of them. Measured on tests/relevance/, "all but one" lost to plain OR on questions. People type "rekruttering af læger" or a question, not Boolean
// logic, and an AND over every word finds nothing for half of such queries.
/// How words without an operator combine in a query written with syntax.
inline constexpr auto explicit_operator = Xapian::Query::OP_AND;
/// How words combine in a query of plain words, before the all-but-one rule.
inline constexpr auto plain_operator = Xapian::Query::OP_OR;

/// Parser features users get: "phrases", AND/OR/NOT and parentheses, +word/-word, right
/// truncation (godk*), and a query of only NOT terms meaning "everything except".
/// Synonyms and abbreviations (schema/data/synonyms.tsv, written into the index) expand
/// single words and phrases typed outside quotes.
inline constexpr unsigned query_flags =
    Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
    Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
    Xapian::QueryParser::FLAG_PURE_NOT | Xapian::QueryParser::FLAG_AUTO_SYNONYMS |
    Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;

/// Flags for a query re-read as plain words after a syntax error.
inline constexpr unsigned plain_query_flags =
    Xapian::QueryParser::FLAG_AUTO_SYNONYMS | Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;

/// Most terms one wildcard expands to; the most frequent ones are kept rather than
/// failing the search (WILDCARD_LIMIT_ERROR would throw at match time for "a*").
inline constexpr Xapian::termcount wildcard_max_expansion = 100;

/// Most wildcard words (kommun*) in one query: each expands to up to 100 terms, and 330 of
/// them took 4.6 s of CPU on 3,900 items. Staff type one or two.
inline constexpr std::size_t max_wildcard_words = 8;

/// Positions skipped between two fields or sections, so a phrase never matches across them.
inline constexpr Xapian::termpos field_gap = 100;

}  // namespace rs::schema::analysis
