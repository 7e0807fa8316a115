#include "schema/analysis/analyzer.hpp"

#include "schema/analysis/query_parser.hpp"
#include "schema/analysis/stemmer.hpp"
#include "schema/analysis/term_generator.hpp"

namespace rs::schema::analysis {

Analyzer::Analyzer() : stemmer_(make_stemmer()), generator_(make_term_generator()) {}

void Analyzer::start_document(const Xapian::Document& doc) {
    generator_.set_document(doc);
    generator_.set_termpos(0);
}

void Analyzer::add_field_text(std::string_view text, const TextField& field) {
    index_field(generator_, text, field);
    Xapian::Document doc = generator_.get_document();  // the same document, by handle
    index_word_variants(doc, text, field, stemmer_);
}

void Analyzer::add_plain_text(std::string_view text, unsigned weight) { index_unprefixed(generator_, text, weight); }

Xapian::Query Analyzer::parse(const Xapian::Database& db, std::string_view text, unsigned flags,
                              Xapian::Query::op default_op, Reading reading) const {
    Xapian::QueryParser parser =
        reading == Reading::match ? make_query_parser(db, default_op) : make_highlight_parser(db, default_op);
    return parse_query(parser, text, flags);
}

}  // namespace rs::schema::analysis
