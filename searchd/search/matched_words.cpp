#include "searchd/search/matched_words.hpp"

#include <algorithm>
#include <set>

#include "schema/analysis/stemmer.hpp"
#include "schema/text/unicode.hpp"
#include "schema/text/words.hpp"
#include "searchd/search/query_builder.hpp"

namespace rs::search {

namespace {

/// Shortest query word marked as the head or modifier of a longer word, in bytes.
constexpr std::size_t min_part_bytes = 4;

// Lowercased prefixes of the query's truncated words ("demens*" → "demens"), fields dropped.
std::vector<std::string> truncation_prefixes(std::string_view query_text) {
    std::vector<std::string> prefixes;
    std::string token;
    const auto flush = [&] {
        if (token.size() > 1 && token.back() == '*') {
            std::string word = token.substr(0, token.size() - 1);
            if (const auto colon = word.rfind(':'); colon != std::string::npos) word.erase(0, colon + 1);
            while (!word.empty() && (word.front() == '-' || word.front() == '+' || word.front() == '"'))
                word.erase(0, 1);
            if (!word.empty()) prefixes.push_back(schema::to_lower(word));
        }
        token.clear();
    };
    for (char c : query_text) {
        if (c == ' ' || c == '\t' || c == '(' || c == ')') {
            flush();
        } else {
            token += c;
        }
    }
    flush();
    return prefixes;
}

}  // namespace

std::vector<std::string> matched_words(const Xapian::Database& db, const schema::AgendaItem& item,
                                       std::string_view query_text) {
    TextQuery query;
    try {
        query = build_text_query(db, query_text, true);
    } catch (const std::exception&) {
        return {};  // nothing to mark is the right answer to a query that cannot be read
    }
    std::set<std::string, std::less<>> terms;
    for (auto it = query.highlight.get_unique_terms_begin(); it != query.highlight.get_unique_terms_end(); ++it)
        terms.insert(*it);
    const auto prefixes = truncation_prefixes(query_text);
    if (terms.empty() && prefixes.empty()) return {};
    // Query words that may stand as a part of a compound (forløb in hoftebrudsforløb): the
    // index found the item by its compound parts, so the compound is what matched.
    std::vector<std::string> parts;
    for (const auto& term : terms) {
        // Words as typed, or their stems ("Z" + stem), as the parser gives them.
        const std::string word = term.starts_with('Z') ? term.substr(1) : term;
        if (word.size() >= min_part_bytes && !word.empty() && !(word.front() >= 'A' && word.front() <= 'Z'))
            parts.push_back(word);
    }

    const Xapian::Stem stemmer = schema::analysis::make_stemmer();
    std::set<std::string> found;
    std::set<std::string> seen;
    const auto visit = [&](const schema::TextPiece& piece) {
        if (!piece.is_word) return;
        std::string word = schema::to_lower(piece.text);
        if (!seen.insert(word).second) return;
        std::string stem_term("Z");  // appended, not "Z" + …: GCC 12 warns falsely (-Wrestrict)
        stem_term += stemmer(word);
        const bool matches =
            terms.contains(word) || terms.contains(stem_term) ||
            std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& prefix) { return word.starts_with(prefix); }) ||
            std::any_of(parts.begin(), parts.end(), [&](const std::string& part) {
                return word.size() > part.size() && (word.starts_with(part) || word.ends_with(part));
            });
        if (matches) found.insert(std::move(word));
    };
    schema::for_each_piece(item.title, visit);
    for (const auto& section : item.sections) schema::for_each_piece(section.text, visit);
    return {found.begin(), found.end()};
}

}  // namespace rs::search
