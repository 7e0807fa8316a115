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

/// Adds the other forms a reader may type for `text`'s words to `doc`: the parts of its
/// compounds (decompounder.hpp) and the joined forms of words written with a mark
/// (joined_forms.hpp: SAM:BO → sambo). Each as a stemmed term, unprefixed ("Z" + stem) and
/// under `field`'s prefix ("Z" + prefix + stem, so "titel:forløb" finds a title with
/// hoftebrudsforløb), with wdf 1 and no positions: a query for a part finds the compound,
/// below an item with the part as a word of its own. A joined form is also added as
/// written (unstemmed), as the words themselves are.
void index_word_variants(Xapian::Document& doc, std::string_view text, const TextField& field,
                         const Xapian::Stem& stemmer);

/// Indexes `text` (normalised first) unprefixed only, with wdf increment `weight`.
void index_unprefixed(Xapian::TermGenerator& generator, std::string_view text, unsigned weight);

}  // namespace rs::schema::analysis
