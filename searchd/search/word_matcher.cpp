#include "searchd/search/word_matcher.hpp"

#include <algorithm>
#include <cctype>

#include "schema/analysis/stemmer.hpp"
#include "schema/text/unicode.hpp"
#include "schema/text/words.hpp"

namespace rs::search {

namespace {

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

// A byte that may belong to a word: an ASCII letter or digit, or part of a multi-byte
// UTF-8 character (æ, ø, å; the words are cut exactly by for_each_piece afterwards).
bool is_word_byte(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x80 || std::isalnum(byte);
}

// `lowercase` with its first letter capitalised, as at the start of a sentence: ASCII and
// the Latin-1 letters of UTF-8 (æ → Æ, ø → Ø, å → Å). Other first letters stay as they are.
std::string capitalised(const std::string& lowercase) {
    std::string out = lowercase;
    if (out.empty()) return out;
    const auto first = static_cast<unsigned char>(out[0]);
    if (first >= 'a' && first <= 'z') {
        out[0] = static_cast<char>(first - 'a' + 'A');
    } else if (first == 0xC3 && out.size() > 1) {
        const auto second = static_cast<unsigned char>(out[1]);
        if (second >= 0xA0 && second <= 0xBE && second != 0xB7) out[1] = static_cast<char>(second - 0x20);
    }
    return out;
}

// Calls `visit` once for every distinct word of `item`, lowercased.
template <typename Visit>
void for_each_distinct_word(const schema::AgendaItem& item, Visit&& visit) {
    std::set<std::string> seen;
    const auto piece = [&](const schema::TextPiece& p) {
        if (!p.is_word) return;
        std::string word = schema::to_lower(p.text);
        if (seen.insert(word).second) visit(word);
    };
    schema::for_each_piece(item.title, piece);
    for (const auto& section : item.sections) schema::for_each_piece(section.text, piece);
}

}  // namespace

WordMatcher::WordMatcher(const Xapian::Query& highlight, std::string_view query_text)
    : prefixes_(truncation_prefixes(query_text)), stemmer_(schema::analysis::make_caching_stemmer()) {
    for (auto it = highlight.get_unique_terms_begin(); it != highlight.get_unique_terms_end(); ++it) terms_.insert(*it);
    // Query words that may stand as a part of a compound (forløb in hoftebrudsforløb): the
    // index found the item by its compound parts, so the compound is what matched.
    for (const auto& term : terms_) {
        // Words as typed, or their stems ("Z" + stem), as the parser gives them.
        const std::string word = term.starts_with('Z') ? term.substr(1) : term;
        if (word.size() >= min_part_bytes && !(word.front() >= 'A' && word.front() <= 'Z')) parts_.push_back(word);
    }
}

bool WordMatcher::matches_itself(const std::string& word) const {
    std::string stem_term("Z");  // appended, not "Z" + …: GCC 12 warns falsely (-Wrestrict)
    stem_term += stemmer_(word);
    return terms_.contains(word) || terms_.contains(stem_term) ||
           std::any_of(prefixes_.begin(), prefixes_.end(), [&](const std::string& prefix) { return word.starts_with(prefix); });
}

bool WordMatcher::matches_as_compound(const std::string& word) const {
    // The cheap test first: snippets ask it of every word of every hit, and few words
    // start or end with a query word; only those are stemmed.
    const bool holds_part = std::any_of(parts_.begin(), parts_.end(), [&](const std::string& part) {
        return word.size() > part.size() && (word.starts_with(part) || word.ends_with(part));
    });
    return holds_part && !matches_itself(word);
}

bool WordMatcher::matches(const std::string& word) const { return matches_itself(word) || matches_as_compound(word); }

std::vector<std::string> WordMatcher::words_in(const schema::AgendaItem& item) const {
    std::vector<std::string> found;
    for_each_distinct_word(item, [&](std::string& word) {
        if (matches(word)) found.push_back(std::move(word));
    });
    std::sort(found.begin(), found.end());
    return found;
}

std::vector<std::string> WordMatcher::compounds_in(const schema::AgendaItem& item) const {
    // Snippets ask this of every hit, so the text is not split into words: only the words
    // around an occurrence of a query word are looked at.
    std::set<std::string> found;
    const auto scan = [&](const std::string& text) {
        for (const auto& part : parts_)
            for (const std::string& needle : {part, capitalised(part)})
                for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) {
                    std::size_t begin = at;
                    std::size_t end = at + needle.size();
                    while (begin > 0 && is_word_byte(text[begin - 1])) --begin;
                    while (end < text.size() && is_word_byte(text[end])) ++end;
                    if (end - begin == needle.size()) continue;  // the word itself: Xapian marks it
                    schema::for_each_piece(std::string_view(text).substr(begin, end - begin), [&](const schema::TextPiece& piece) {
                        if (!piece.is_word) return;
                        std::string word = schema::to_lower(piece.text);
                        if (matches_as_compound(word)) found.insert(std::move(word));
                    });
                }
    };
    scan(item.title);
    for (const auto& section : item.sections) scan(section.text);
    return {found.begin(), found.end()};
}

}  // namespace rs::search
