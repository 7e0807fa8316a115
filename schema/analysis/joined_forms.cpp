#include "schema/analysis/joined_forms.hpp"

#include "schema/text/unicode.hpp"
#include "schema/text/words.hpp"

namespace rs::schema::analysis {

namespace {

bool is_joining_mark(std::string_view gap) { return gap == "-" || gap == ":" || gap == "/"; }

bool is_genitive_mark(std::string_view gap) { return gap == "'" || gap == "\u2019"; }

}  // namespace

std::vector<std::string> joined_forms(std::string_view text) {
    std::vector<std::string> forms;
    std::string joined;        // the word so far, while pieces join
    std::size_t words = 0;     // pieces in `joined`
    std::string_view pending;  // a mark after the last word, not yet followed by a word
    const auto finish = [&] {
        if (words > 1) forms.push_back(to_lower(joined));
        joined.clear();
        words = 0;
        pending = {};
    };
    for_each_piece(text, [&](const TextPiece& piece) {
        if (!piece.is_word) {
            if (words > 0 && pending.empty() && (is_joining_mark(piece.text) || is_genitive_mark(piece.text)))
                pending = piece.text;
            else
                finish();
            return;
        }
        if (words > 0 && is_genitive_mark(pending)) {
            // "OUH's": the word itself, as a reader types it; the genitive ends the word.
            if (to_lower(piece.text) == "s" && words == 1) forms.push_back(to_lower(joined));
            finish();
            joined = piece.text;
            words = 1;
            return;
        }
        joined += piece.text;
        ++words;
        pending = {};
    });
    finish();
    return forms;
}

}  // namespace rs::schema::analysis
