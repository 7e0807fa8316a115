#include "searchd/search/query_builder.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <sstream>

#include "schema/analysis/analysis.hpp"
#include "schema/analysis/analyzer.hpp"
#include "schema/analysis/synonyms.hpp"
#include "schema/analysis/stop_words.hpp"
#include "schema/text/unicode.hpp"
#include "schema/text/words.hpp"
#include "searchd/search/related_forms.hpp"
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

/// Most branches (word subsets) the at-least-half rule builds; a query that would need more
/// (nine words or more) is a plain OR, ranked by how many of its words an item has.
constexpr std::size_t max_branches = 70;
/// Weight of the words side by side as typed, relative to the words' own weight. Measured
/// on tests/relevance/ (nDCG@10 / MRR): 0 → 0.874 / 0.943, 1 → 0.875 / 0.944, 2 → 0.880 / 0.951, 3 the same.
constexpr double proximity_weight = 2.0;

/// Weight of a multi-word name matched whole (all its words, or a synonym: PLO for
/// "praktiserende lægers organisation"), relative to one word's. Measured on tests/relevance/
/// (nDCG@10 / recall@10 overall): 1 → 0.923 / 0.931, the name's word count (2 or 3) →
/// 0.925 / 0.934, 3 → 0.927 / 0.934, 4 → 0.927 / 0.935, 6 and 10 the same as 4.
constexpr double name_weight = 4.0;

// Every subset of `k` indexes out of `n`, in order.
void subsets(std::size_t n, std::size_t k, std::size_t from, std::vector<std::size_t>& current,
             std::vector<std::vector<std::size_t>>& out) {
    if (current.size() == k) {
        out.push_back(current);
        return;
    }
    for (std::size_t i = from; i + (k - current.size()) <= n; ++i) {
        current.push_back(i);
        subsets(n, k, i + 1, current, out);
        current.pop_back();
    }
}

std::size_t binomial(std::size_t n, std::size_t k) {
    std::size_t result = 1;
    for (std::size_t i = 1; i <= k; ++i) result = result * (n - k + i) / i;
    return result;
}

// The phrases the abbreviations among `text`'s words stand for (KTH → "kom trygt hjem"),
// ORed; an empty query if none.
Xapian::Query abbreviation_phrases(std::string_view text) {
    std::vector<Xapian::Query> phrases;
    const auto& expansions = analysis::phrase_expansions();
    schema::for_each_piece(text, [&](const schema::TextPiece& piece) {
        if (!piece.is_word) return;
        const auto it = expansions.find(schema::to_lower(piece.text));
        if (it == expansions.end()) return;
        for (const auto& words : it->second)
            phrases.emplace_back(Xapian::Query::OP_PHRASE, words.begin(), words.end(), words.size());
    });
    return phrases.empty() ? Xapian::Query() : Xapian::Query(Xapian::Query::OP_OR, phrases.begin(), phrases.end());
}

// The words of a plain query, in the order written, as the phrase they make: an item that
// has them side by side ("aarhus universitetshospital") means what was typed more than one
// that has them pages apart. Stop words are not required but keep their place in the
// window ("rekruttering af læger"). An empty query for fewer than two words.
Xapian::Query proximity_of(std::string_view text) {
    std::vector<std::string> words;
    std::size_t written = 0;
    schema::for_each_piece(text, [&](const schema::TextPiece& piece) {
        if (!piece.is_word) return;
        ++written;
        std::string word = schema::to_lower(piece.text);
        if (!analysis::is_stop_word(word)) words.push_back(std::move(word));
    });
    if (words.size() < 2) return {};
    return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), written);
}

// Xapian reads a multi-word synonym ("praktiserende lægers organisation" → PLO) as one
// SYNONYM whose first subquery ORs the words typed: any one of them would then match the
// whole name. Each of its words becomes a word of its own for at_least_half, and the name
// (the words all together, or a synonym of them) one more subquery in `names`.
std::vector<Xapian::Query> split_multiword_synonyms(const std::vector<Xapian::Query>& words,
                                                    std::vector<Xapian::Query>& names) {
    std::vector<Xapian::Query> out;
    for (const auto& word : words) {
        const bool multiword = word.get_type() == Xapian::Query::OP_SYNONYM && word.get_num_subqueries() > 1 &&
                               word.get_subquery(0).get_type() == Xapian::Query::OP_OR;
        if (!multiword) {
            out.push_back(word);
            continue;
        }
        const Xapian::Query typed = word.get_subquery(0);
        std::vector<Xapian::Query> all_of;
        for (std::size_t i = 0; i < typed.get_num_subqueries(); ++i) {
            out.push_back(typed.get_subquery(i));
            all_of.push_back(typed.get_subquery(i));
        }
        std::vector<Xapian::Query> name{Xapian::Query(Xapian::Query::OP_AND, all_of.begin(), all_of.end())};
        for (std::size_t i = 1; i < word.get_num_subqueries(); ++i) name.push_back(word.get_subquery(i));
        names.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                           Xapian::Query(Xapian::Query::OP_SYNONYM, name.begin(), name.end()),
                           name_weight);
    }
    return out;
}

// Parses with `flags` and `default_op`; a QueryParserError propagates.
TextQuery parse(const Xapian::Database& db, std::string_view text, unsigned flags, Xapian::Query::op default_op) {
    const analysis::Analyzer analyzer;
    TextQuery query;
    query.match = analyzer.parse(db, text, flags, default_op);
    if (query.match.empty()) return query;
    query.highlight = analyzer.parse(db, text, flags, default_op, analysis::Reading::highlight);
    return query;
}

bool is_operator_word(std::string_view word) {
    static constexpr std::array<std::string_view, 6> operators{"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};
    return std::find(operators.begin(), operators.end(), word) != operators.end();
}
}  // namespace

bool has_query_syntax(std::string_view text) {
    std::istringstream words{std::string(text)};
    std::string word;
    while (words >> word) {
        if (is_operator_word(word)) return true;
        if (word.front() == '+' || word.front() == '-') return true;
        if (word.find_first_of("\"():") != std::string::npos) return true;
    }
    return false;
}

std::size_t words_required(std::size_t words) { return words <= 2 ? 1 : (words + 1) / 2; }

std::vector<Xapian::Query> word_subqueries(const Xapian::Query& words) {
    if (words.get_type() != Xapian::Query::OP_OR) return {words};
    std::vector<Xapian::Query> subqueries;
    for (std::size_t i = 0; i < words.get_num_subqueries(); ++i) subqueries.push_back(words.get_subquery(i));
    return subqueries;
}

Xapian::Query at_least_half(const Xapian::Query& words) {
    if (words.get_type() != Xapian::Query::OP_OR) return words;
    return at_least_half(word_subqueries(words));
}

Xapian::Query at_least_half(const std::vector<Xapian::Query>& words) {
    if (words.size() == 1) return words.front();
    const std::size_t n = words.size();
    const std::size_t k = words_required(n);
    if (k <= 1 || binomial(n, k) > max_branches) return Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end());
    // OR over every k-word subset, each an AND: an item with more of the words matches more
    // branches and so outranks one with fewer; one with all of them matches every branch.
    std::vector<std::vector<std::size_t>> chosen;
    std::vector<std::size_t> current;
    subsets(n, k, 0, current, chosen);
    std::vector<Xapian::Query> branches;
    for (const auto& subset : chosen) {
        std::vector<Xapian::Query> kept;
        kept.reserve(subset.size());
        for (const std::size_t i : subset) kept.push_back(words[i]);
        branches.emplace_back(Xapian::Query::OP_AND, kept.begin(), kept.end());
    }
    return Xapian::Query(Xapian::Query::OP_OR, branches.begin(), branches.end());
}

std::string plain_words(std::string_view text) {
    std::string spaced;
    spaced.reserve(text.size());
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        // Bytes of multi-byte UTF-8 characters are kept: the parser's own tokeniser knows
        // which of them are letters.
        spaced += (u >= 0x80 || std::isalnum(u)) ? c : ' ';
    }
    std::istringstream words(spaced);
    std::string word;
    std::string out;
    while (words >> word) {
        if (is_operator_word(word)) continue;
        if (!out.empty()) out += ' ';
        out += word;
    }
    return out;
}

std::size_t wildcard_words(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '*' && i > 0 && text[i - 1] != ' ' && text[i - 1] != '*' && text[i - 1] != '"') ++count;
    return count;
}

TextQuery build_text_query(const Xapian::Database& db, std::string_view text, bool has_filters) {
    if (is_blank(text)) return {};
    if (wildcard_words(text) > analysis::max_wildcard_words)
        throw InvalidRequest("q", "at most " + std::to_string(analysis::max_wildcard_words) +
                                      " words with * in one query");

    TextQuery query;
    const bool plain = !has_query_syntax(text);
    try {
        query = parse(db, text, analysis::query_flags, plain ? analysis::plain_operator : analysis::explicit_operator);
        if (plain) {
            std::vector<Xapian::Query> names;
            const auto words = split_multiword_synonyms(word_subqueries(query.match), names);
            query.match = at_least_half(with_related_forms(db, words, text));
            for (const auto& name : names) query.match = Xapian::Query(Xapian::Query::OP_OR, query.match, name);
            if (const Xapian::Query spellings = other_spellings(db, text); !spellings.empty())
                query.highlight = Xapian::Query(Xapian::Query::OP_OR, query.highlight, spellings);
            // A word typed with a mark (e-sundhed) also finds it written whole (eSundhed).
            if (const Xapian::Query joined = joined_words(db, text); !joined.empty()) {
                query.match = Xapian::Query(Xapian::Query::OP_OR, query.match, joined);
                query.highlight = Xapian::Query(Xapian::Query::OP_OR, query.highlight, joined);
            }
            // An abbreviation also finds the phrase it stands for, wherever it is written out.
            if (const Xapian::Query phrases = abbreviation_phrases(text); !phrases.empty()) {
                query.match = query.match.empty() ? phrases : Xapian::Query(Xapian::Query::OP_OR, query.match, phrases);
                query.highlight =
                    query.highlight.empty() ? phrases : Xapian::Query(Xapian::Query::OP_OR, query.highlight, phrases);
            }
            // Only an item with all the words can have them side by side, and it matches
            // `match` already: the phrase adds weight, never a match.
            if (const Xapian::Query near = proximity_of(text); !near.empty())
                query.bonus = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, near, proximity_weight);
        }
    } catch (const Xapian::QueryParserError&) {
        // Xapian already retried without flags; "kommune AND" or a lone "OR" still fail.
    }
    // A syntax error, or `"` and `((` which parse "successfully" to nothing: read the
    // words alone.
    if (!query.has_words()) {
        try {
            query = parse(db, plain_words(text), analysis::plain_query_flags, analysis::plain_operator);
            query.match = at_least_half(query.match);
            query.note = note_loose;
        } catch (const Xapian::QueryParserError&) {
            query = TextQuery{};
        }
    }
    if (query.has_words()) return query;
    if (!has_filters) throw InvalidRequest("q", "the query has no searchable words");
    return TextQuery{Xapian::Query(), Xapian::Query(), note_no_words, {}};
}

}  // namespace rs::search
