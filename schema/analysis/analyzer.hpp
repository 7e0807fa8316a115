#pragma once
// The Danish analysis chain (analysis.hpp) as the one object both sides call: the indexer
// hands it an item's text field by field, searchd hands it what a user typed. Both go
// through the same links (normalize → tokenise → stem with protected stems → joined forms
// and compound parts on the index side; stop words and synonyms on the query side), with
// the same stemming strategy and field prefixes, so that a word written and the same word
// typed become the same terms. The links themselves (term_generator, query_parser,
// stemmer, decompounder, joined_forms, synonyms …) are small components tested alone.

#include <string_view>

#include <xapian.h>

#include "schema/fields.hpp"

namespace rs::schema::analysis {

/// How a query's text is read.
enum class Reading {
    match,      ///< Into the query that finds items: "titel:" searches the title's terms.
    highlight,  ///< Into the words a snippet marks: every field name maps to unprefixed terms.
};

/// One analyser per thread (Xapian's TermGenerator and Stem are not shared between threads).
class Analyzer {
public:
    Analyzer();

    // The index side: one document at a time.

    /// Starts indexing into `doc` (a handle: terms go into the document it refers to).
    void start_document(const Xapian::Document& doc);
    /// Adds `text` as `field`: each word under the field's prefix and unprefixed, with the
    /// field's weight and positions (phrases), then the other forms a reader may type for
    /// its words — compound parts and joined forms (term_generator.hpp: index_word_variants).
    void add_field_text(std::string_view text, const TextField& field);
    /// Adds `text` unprefixed only, with wdf increment `weight`: meeting facts people type
    /// with their words ("lillebælt demens").
    void add_plain_text(std::string_view text, unsigned weight);

    // The query side.

    /// `text` as read against `db` (wildcards expand over its words, synonyms come from it)
    /// with the parser `flags` (analysis.hpp) and `default_op` between words that have no
    /// operator. Throws Xapian::QueryParserError on a syntax error.
    Xapian::Query parse(const Xapian::Database& db, std::string_view text, unsigned flags,
                        Xapian::Query::op default_op, Reading reading = Reading::match) const;

private:
    Xapian::Stem stemmer_;
    Xapian::TermGenerator generator_;
};

}  // namespace rs::schema::analysis
