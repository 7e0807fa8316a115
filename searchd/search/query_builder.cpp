#include "searchd/search/query_builder.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <sstream>

#include "schema/analysis/analysis.hpp"
#include "schema/analysis/query_parser.hpp"
#include "searchd/search/search_service.hpp"

namespace rs::search {

namespace analysis = schema::analysis;

namespace {
constexpr const char* note_loose =
    "Søgningen kunne ikke læses som skrevet; operatorer og tegn blev læst som almindelige ord.";
constexpr const char* note_no_words = "Søgningen indeholdt ingen søgbare ord; viser alt, der passer til filtrene.";

bool is_blank(std::string_view text) {
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c))) return false;
    return true;
}

// Parses with `flags`; a QueryParserError propagates.
TextQuery parse(const Xapian::Database& db, std::string_view text, unsigned flags) {
    TextQuery query;
    auto parser = analysis::make_query_parser(db);
    query.match = analysis::parse_query(parser, text, flags);
    if (query.match.empty()) return query;
    auto highlighter = analysis::make_highlight_parser(db);
    query.highlight = analysis::parse_query(highlighter, text, flags);
    return query;
}
}  // namespace

std::string plain_words(std::string_view text) {
    std::string spaced;
    spaced.reserve(text.size());
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        // Bytes of multi-byte UTF-8 characters are kept: the parser's own tokeniser knows
        // which of them are letters.
        spaced += (u >= 0x80 || std::isalnum(u)) ? c : ' ';
    }
    static constexpr std::array<std::string_view, 6> operators{"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};
    std::istringstream words(spaced);
    std::string word;
    std::string out;
    while (words >> word) {
        if (std::find(operators.begin(), operators.end(), word) != operators.end()) continue;
        if (!out.empty()) out += ' ';
        out += word;
    }
    return out;
}

TextQuery build_text_query(const Xapian::Database& db, std::string_view text, bool has_filters) {
    if (is_blank(text)) return {};

    TextQuery query;
    try {
        query = parse(db, text, analysis::query_flags);
    } catch (const Xapian::QueryParserError&) {
        // Xapian already retried without flags; "kommune AND" or a lone "OR" still fail.
    }
    // A syntax error, or `"` and `((` which parse "successfully" to nothing: read the
    // words alone.
    if (!query.has_words()) {
        try {
            query = parse(db, plain_words(text), analysis::plain_query_flags);
            query.note = note_loose;
        } catch (const Xapian::QueryParserError&) {
            query = TextQuery{};
        }
    }
    if (query.has_words()) return query;
    if (!has_filters) throw InvalidRequest("q", "the query has no searchable words");
    return TextQuery{Xapian::Query(), Xapian::Query(), note_no_words};
}

}  // namespace rs::search
