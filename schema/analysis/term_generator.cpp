#include "schema/analysis/term_generator.hpp"

#include <string>

#include "schema/analysis/analysis.hpp"
#include "schema/analysis/normalize.hpp"
#include "schema/analysis/decompounder.hpp"
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

void index_compound_parts(Xapian::Document& doc, std::string_view text, const TextField& field,
                          const Xapian::Stem& stemmer) {
    for_each_piece(normalize_text(text), [&](const TextPiece& piece) {
        if (!piece.is_word || piece.text.size() < Decompounder::shortest_compound) return;
        for (const auto& part : compound_parts(to_lower(piece.text))) {
            const std::string stem = stemmer(part);
            std::string term("Z");
            term += stem;
            doc.add_term(term, 1);
            std::string fielded("Z");
            fielded.append(field.prefix).append(stem);
            doc.add_term(fielded, 1);
        }
    });
}

void index_unprefixed(Xapian::TermGenerator& generator, std::string_view text, unsigned weight) {
    generator.index_text(normalize_text(text), weight);
    generator.increase_termpos(field_gap);
}

}  // namespace rs::schema::analysis
