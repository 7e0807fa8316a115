#include "schema/analysis/query_parser.hpp"

#include <string>

#include "schema/analysis/analysis.hpp"
#include "schema/analysis/normalize.hpp"
#include "schema/analysis/stemmer.hpp"
#include "schema/analysis/stop_words.hpp"
#include "schema/fields.hpp"

namespace rs::schema::analysis {

namespace {
Xapian::QueryParser base_parser(const Xapian::Database& db, Xapian::Query::op default_op) {
    Xapian::QueryParser parser;
    parser.set_database(db);
    parser.set_stemmer(make_stemmer());
    parser.set_stemming_strategy(query_stem_strategy);
    parser.set_stopper(&stopper());
    parser.set_default_op(default_op);
    parser.set_max_expansion(wildcard_max_expansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                             Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_PARTIAL);
    return parser;
}
}  // namespace

Xapian::QueryParser make_query_parser(const Xapian::Database& db, Xapian::Query::op default_op) {
    Xapian::QueryParser parser = base_parser(db, default_op);
    for (const auto& field : text_fields) {
        parser.add_prefix(std::string(field.query_name), std::string(field.prefix));
        if (!field.also_searched_as.empty())
            parser.add_prefix(std::string(field.also_searched_as), std::string(field.prefix));
    }
    return parser;
}

Xapian::QueryParser make_highlight_parser(const Xapian::Database& db, Xapian::Query::op default_op) {
    Xapian::QueryParser parser = base_parser(db, default_op);
    for (const auto& field : text_fields) parser.add_prefix(std::string(field.query_name), "");
    return parser;
}

Xapian::Query parse_query(Xapian::QueryParser& parser, std::string_view text, unsigned flags) {
    return parser.parse_query(normalize_text(text), flags);
}

}  // namespace rs::schema::analysis
