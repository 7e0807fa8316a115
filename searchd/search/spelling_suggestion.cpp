#include "searchd/search/spelling_suggestion.hpp"

#include <algorithm>
#include <vector>

#include <unicode/utf8.h>

#include "schema/text/unicode.hpp"
#include "schema/text/words.hpp"

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

}  // namespace

unsigned edit_distance(std::string_view a, std::string_view b, unsigned limit) {
    const auto x = code_points(a);
    const auto y = code_points(b);
    if ((x.size() > y.size() ? x.size() - y.size() : y.size() - x.size()) > limit) return limit + 1;
    std::vector<unsigned> previous(y.size() + 1);
    std::vector<unsigned> current(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) previous[j] = static_cast<unsigned>(j);
    for (std::size_t i = 1; i <= x.size(); ++i) {
        current[0] = static_cast<unsigned>(i);
        unsigned row_min = current[0];
        for (std::size_t j = 1; j <= y.size(); ++j) {
            const unsigned substitute = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0u : 1u);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
            row_min = std::min(row_min, current[j]);
        }
        if (row_min > limit) return limit + 1;
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
                if (std::string better = nearest_word(db, lower); !better.empty()) {
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
