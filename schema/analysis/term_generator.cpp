#include "schema/analysis/term_generator.hpp"

#include <string>

#include "schema/analysis/analysis.hpp"
#include "schema/analysis/normalize.hpp"
#include "schema/analysis/decompounder.hpp"
#include "schema/analysis/joined_forms.hpp"
#include "schema/analysis/stemmer.hpp"
#include "schema/text/unicode.hpp"
#include "schema/text/words.hpp"

namespace rs::schema::analysis {

Xapian::TermGenerator make_term_generator() {
    Xapian::TermGenerator generator;
    generator.set_stemmer(make_stemmer());
    generator.set_stemming_strategy(index_stem_strategy);
    return generator;
}

void index_field(Xapian::TermGenerator& generator, std::string_view text, const TextField& field) {
    const std::string normalized = normalize_text(text);
    generator.index_text(normalized, field.weight, std::string(field.prefix));
    generator.increase_termpos(field_gap);
    generator.index_text(normalized, field.weight);
    generator.increase_termpos(field_gap);
}

namespace {

// "Z" + stem of `word`, unprefixed and under `field`'s prefix.
void add_stem_terms(Xapian::Document& doc, const std::string& word, const TextField& field,
                    const Xapian::Stem& stemmer) {
    const std::string stem = stemmer(word);
    doc.add_term("Z" + stem, 1);
    std::string fielded("Z");
    fielded.append(field.prefix).append(stem);
    doc.add_term(fielded, 1);
}

}  // namespace

void index_word_variants(Xapian::Document& doc, std::string_view text, const TextField& field,
                         const Xapian::Stem& stemmer) {
    const std::string normalized = normalize_text(text);
    for_each_piece(normalized, [&](const TextPiece& piece) {
        if (!piece.is_word || piece.text.size() < Decompounder::shortest_compound) return;
        for (const auto& part : compound_parts(to_lower(piece.text))) add_stem_terms(doc, part, field, stemmer);
    });
    for (const auto& joined : joined_forms(normalized)) {
        doc.add_term(joined, 1);
        doc.add_term(std::string(field.prefix) + joined, 1);
        add_stem_terms(doc, joined, field, stemmer);
    }
}

void index_unprefixed(Xapian::TermGenerator& generator, std::string_view text, unsigned weight) {
    generator.index_text(normalize_text(text), weight);
    generator.increase_termpos(field_gap);
}

}  // namespace rs::schema::analysis
