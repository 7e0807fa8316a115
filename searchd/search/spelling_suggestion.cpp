#include "searchd/search/spelling_suggestion.hpp"

#include <algorithm>
#include <set>
#include <vector>

#include <unicode/utf8.h>

#include "schema/analysis/decompounder.hpp"
#include "schema/text/unicode.hpp"
#include "schema/text/words.hpp"
#include "schema/vocabulary/data_table.hpp"

namespace rs::search {

namespace {

std::vector<UChar32> code_points(std::string_view text) {
    std::vector<UChar32> out;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    for (std::int32_t at = 0; at < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, at, length, c);
        out.push_back(c);
    }
    return out;
}

// Edits a word of this many code points may need: short words change meaning with one.
unsigned allowed_edits(std::size_t letters) { return letters <= 4 ? 1 : 2; }

// The first code point of `word` as UTF-8: indexed words that could be meant share it
// (a typo rarely hits the first letter, and it bounds the scan of the term list).
std::string first_letter(std::string_view word) {
    std::int32_t at = 0;
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(word.data()), at, static_cast<std::int32_t>(word.size()), c);
    return std::string(word.substr(0, static_cast<std::size_t>(at)));
}

// The nearest indexed word to `word`, or "".
std::string nearest_word(const Xapian::Database& db, const std::string& word) {
    const auto letters = code_points(word).size();
    const unsigned limit = allowed_edits(letters);
    std::string best;
    unsigned best_distance = limit + 1;
    Xapian::doccount best_frequency = 0;
    const std::string start = first_letter(word);
    for (auto it = db.allterms_begin(start); it != db.allterms_end(start); ++it) {
        const std::string term = *it;
        const auto size_gap = term.size() > word.size() ? term.size() - word.size() : word.size() - term.size();
        if (size_gap > 2 * limit + 2) continue;  // bytes, not letters: a cheap, safe bound
        const unsigned distance = edit_distance(word, term, limit);
        if (distance == 0 || distance > limit) continue;
        const Xapian::doccount frequency = it.get_termfreq();
        if (distance < best_distance || (distance == best_distance && frequency > best_frequency)) {
            best = term;
            best_distance = distance;
            best_frequency = frequency;
        }
    }
    return best;
}

// hunspell-da's second opinion: true when `typed` and `indexed` are both correct Danish
// words, so that one for the other would change the question (dennes is not demens). A
// typo is corrected, and so is a correct word the archive holds only misspelt
// (tvangsindlæggelser, written tvangsinlæggelser in the minutes).
bool other_word(const std::string& typed, const std::string& indexed) {
    return schema::analysis::is_danish_word(typed) && schema::analysis::is_danish_word(indexed);
}

bool is_plain_word(std::string_view word) {
    if (word.size() < 3) return false;
    bool any_letter = false;
    for (char c : word) {
        if (c >= '0' && c <= '9') return false;  // numbers and dates are not misspelt
        if (c >= 'A' && c <= 'Z') return false;  // a capitalised word is asked for as written
        any_letter = true;
    }
    return any_letter;
}

/// Most spellings tried for one word: 2^4, four places that may be written either way.
constexpr std::size_t max_variants = 16;

struct VariantTable {
    std::vector<std::pair<std::string, std::string>> pairs;  ///< {"aa", "å"} …
    std::set<std::string, std::less<>> exceptions;
};

const VariantTable& variant_table() {
    static const VariantTable table = [] {
        VariantTable made;
        for (const auto& row : schema::load_data_table("spelling_variants.tsv", 2))
            made.pairs.emplace_back(schema::to_lower(row.at(0)), schema::to_lower(row.at(1)));
        for (const auto& row : schema::load_data_table("spelling_exceptions.tsv", 1))
            made.exceptions.insert(schema::to_lower(row.at(0)));
        return made;
    }();
    return table;
}

// Where in `word` each spelling of the table starts: {offset, its length, the other spelling}.
struct Site {
    std::size_t at;
    std::size_t length;
    std::string other;
};

std::vector<Site> variant_sites(std::string_view word) {
    std::vector<Site> sites;
    for (std::size_t at = 0; at < word.size();) {
        bool found = false;
        for (const auto& [written, means] : variant_table().pairs) {
            for (const auto& [from, to] : {std::pair{written, means}, std::pair{means, written}}) {
                if (!word.substr(at).starts_with(from)) continue;
                sites.push_back({at, from.size(), to});
                at += from.size();
                found = true;
                break;
            }
            if (found) break;
        }
        if (!found) ++at;
    }
    return sites;
}

}  // namespace

std::vector<std::string> spelling_variants(std::string_view lowercase_word) {
    if (variant_table().exceptions.contains(lowercase_word)) return {};
    const auto sites = variant_sites(lowercase_word);
    std::vector<std::string> out;
    const std::size_t combinations = sites.size() >= 4 ? max_variants : (std::size_t{1} << sites.size());
    for (std::size_t mask = 1; mask < combinations; ++mask) {
        std::string variant;
        std::size_t at = 0;
        for (std::size_t i = 0; i < sites.size() && i < 4; ++i) {
            variant.append(lowercase_word.substr(at, sites[i].at - at));
            if (mask & (std::size_t{1} << i)) {
                variant += sites[i].other;
            } else {
                variant.append(lowercase_word.substr(sites[i].at, sites[i].length));
            }
            at = sites[i].at + sites[i].length;
        }
        variant.append(lowercase_word.substr(at));
        out.push_back(std::move(variant));
    }
    return out;
}

std::string indexed_spellings(const Xapian::Database& db, std::string_view query) {
    std::string out;
    bool changed = false;
    schema::for_each_piece(query, [&](const schema::TextPiece& piece) {
        std::string text(piece.text);
        if (piece.is_word) {
            // A capitalised word is searched as written, as its lowercase term: "Ålborg" too.
            const std::string lower = schema::to_lower(text);
            if (db.get_termfreq(lower) == 0) {
                std::string best;
                Xapian::doccount best_frequency = 0;
                for (const auto& variant : spelling_variants(lower))
                    if (const auto frequency = db.get_termfreq(variant); frequency > best_frequency) {
                        best = variant;
                        best_frequency = frequency;
                    }
                if (!best.empty()) {
                    text = std::move(best);
                    changed = true;
                }
            }
        }
        out += text;
    });
    return changed ? out : std::string();
}

unsigned edit_distance(std::string_view a, std::string_view b, unsigned limit) {
    const auto x = code_points(a);
    const auto y = code_points(b);
    if ((x.size() > y.size() ? x.size() - y.size() : y.size() - x.size()) > limit) return limit + 1;
    // Optimal string alignment: a swap of two neighbouring letters (demnes/demens) is one
    // edit, the commonest typing slip, so it must not cost as much as two.
    std::vector<unsigned> before(y.size() + 1);
    std::vector<unsigned> previous(y.size() + 1);
    std::vector<unsigned> current(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) previous[j] = static_cast<unsigned>(j);
    for (std::size_t i = 1; i <= x.size(); ++i) {
        current[0] = static_cast<unsigned>(i);
        unsigned row_min = current[0];
        for (std::size_t j = 1; j <= y.size(); ++j) {
            const unsigned substitute = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0u : 1u);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
            row_min = std::min(row_min, current[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[y.size()], limit + 1);
}

std::string spelling_suggestion(const Xapian::Database& db, std::string_view query) {
    // Only a query of plain words is rewritten: syntax says the user knows what they want.
    for (char c : query)
        if (c == ':' || c == '*' || c == '"' || c == '(' || c == ')' || c == '-' || c == '+') return {};
    std::string out;
    bool changed = false;
    schema::for_each_piece(query, [&](const schema::TextPiece& piece) {
        std::string text(piece.text);
        if (piece.is_word && is_plain_word(text)) {
            const std::string lower = schema::to_lower(text);
            if (db.get_termfreq(lower) == 0) {
                if (std::string better = nearest_word(db, lower); !better.empty() && !other_word(lower, better)) {
                    text = std::move(better);
                    changed = true;
                }
            }
        }
        out += text;
    });
    return changed ? out : std::string();
}

}  // namespace rs::search
