#pragma once
// The indexing side of the analysis chain.

#include <string_view>

#include <xapian.h>

#include "schema/fields.hpp"

namespace rs::schema::analysis {

/// A TermGenerator with the chain's stemmer and strategy; positions are on (phrases).
Xapian::TermGenerator make_term_generator();

/// Indexes `text` (normalised first) into the generator's current document twice: under
/// `field`'s prefix and unprefixed, both with `field`'s weight as wdf increment, each
/// followed by a position gap so phrases never span two fields.
void index_field(Xapian::TermGenerator& generator, std::string_view text, const TextField& field);

/// Adds the parts of `text`'s compounds (decompounder.hpp) to `doc` as stemmed terms, both
/// unprefixed ("Z" + stem) and under `field`'s prefix ("Z" + prefix + stem, so "titel:forløb"
/// finds a title with hoftebrudsforløb), with wdf 1 and no positions: a query for a part
/// finds the compound, below an item with the part as a word of its own.
void index_compound_parts(Xapian::Document& doc, std::string_view text, const TextField& field,
                          const Xapian::Stem& stemmer);

/// Indexes `text` (normalised first) unprefixed only, with wdf increment `weight`.
void index_unprefixed(Xapian::TermGenerator& generator, std::string_view text, unsigned weight);

}  // namespace rs::schema::analysis
