#include "bench/corpus_generator/danish_text.hpp"

#include "bench/corpus_generator/random.hpp"

namespace rs::corpus_generator {

namespace {

constexpr unsigned char latin1_lead = 0xC3;
constexpr unsigned char division_sign = 0xB7;  // ÷, not a letter

/// Length in bytes of the UTF-8 sequence that starts with `lead`.
std::size_t sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    return 4;
}

std::string upper_letter(std::string_view text, std::size_t at, std::size_t length) {
    const auto c = static_cast<unsigned char>(text[at]);
    if (length == 1 && c >= 'a' && c <= 'z') return std::string(1, static_cast<char>(c - 'a' + 'A'));
    if (length == 2 && c == latin1_lead) {
        const auto second = static_cast<unsigned char>(text[at + 1]);
        if (second >= 0xA0 && second <= 0xBE && second != division_sign)
            return {static_cast<char>(latin1_lead), static_cast<char>(second - 0x20)};
    }
    return std::string(text.substr(at, length));
}

bool starts_with_letter(std::string_view word) {
    if (word.empty()) return false;
    const auto c = static_cast<unsigned char>(word[0]);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == latin1_lead;
}

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && text[at] == ' ') ++at;
        const std::size_t end = text.find(' ', at);
        if (at < text.size()) words.push_back(text.substr(at, end == std::string_view::npos ? end : end - at));
        at = end == std::string_view::npos ? text.size() : end;
    }
    return words;
}

/// May a line start at words[i]?
bool can_start_line(const std::vector<std::string_view>& words, std::size_t i) {
    if (!starts_with_letter(words[i])) return false;
    if (i + 1 < words.size() && !starts_with_letter(words[i + 1])) return false;
    return words.size() - i >= 2;  // the last line holds two words at least
}

/// A split point inside `word` that leaves at least four letters on each side and does
/// not cut a UTF-8 sequence, or 0.
std::size_t hyphen_point(std::string_view word, Random& random) {
    if (word.size() < 10) return 0;
    for (const char ch : word) {
        const auto c = static_cast<unsigned char>(ch);
        if (!((c >= 'a' && c <= 'z') || c >= 0x80)) return 0;  // only plain lowercase words
    }
    std::size_t at = 4 + random.index(word.size() - 8);
    while (at < word.size() && (static_cast<unsigned char>(word[at]) & 0xC0) == 0x80) ++at;
    return at + 4 <= word.size() ? at : 0;
}

}  // namespace

std::string capitalize(std::string_view text) {
    if (text.empty()) return {};
    const std::size_t length = sequence_length(static_cast<unsigned char>(text[0]));
    return upper_letter(text, 0, length) + std::string(text.substr(length));
}

std::string upper(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = sequence_length(static_cast<unsigned char>(text[i]));
        out += upper_letter(text, i, length);
        i += length;
    }
    return out;
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c - 'A' + 'a');
        } else if (c == latin1_lead && i + 1 < out.size()) {
            const auto second = static_cast<unsigned char>(out[i + 1]);
            if (second >= 0x80 && second <= 0x9E && second != 0x97) out[i + 1] = static_cast<char>(second + 0x20);
            ++i;
        }
    }
    return out;
}

std::string letter_spaced(std::string_view heading) {
    const std::string capitals = upper(heading);
    std::string out;
    for (std::size_t i = 0; i < capitals.size();) {
        const std::size_t length = sequence_length(static_cast<unsigned char>(capitals[i]));
        if (capitals[i] == ' ') {
            out += "  ";  // words: three spaces in all
        } else {
            if (!out.empty()) out += ' ';
            out += capitals.substr(i, length);
        }
        i += length;
    }
    return out;
}

std::string ascii_slug(std::string_view text) {
    std::string out;
    bool dash = false;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = sequence_length(c);
        std::string piece;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) piece = static_cast<char>(c);
        else if (c >= 'A' && c <= 'Z') piece = static_cast<char>(c - 'A' + 'a');
        else if (c == latin1_lead && length == 2) {
            switch (static_cast<unsigned char>(text[i + 1])) {
                case 0xA6: case 0x86: piece = "ae"; break;
                case 0xB8: case 0x98: piece = "oe"; break;
                case 0xA5: case 0x85: piece = "aa"; break;
                case 0xA9: case 0x89: piece = "e"; break;
                case 0xBC: case 0x9C: piece = "u"; break;
                default: break;
            }
        }
        if (piece.empty()) {
            dash = !out.empty();
        } else {
            if (dash) out += '-';
            dash = false;
            out += piece;
        }
        i += length;
    }
    return out;
}


std::vector<std::string> wrap(std::string_view paragraph, const WrapStyle& style, Random& random) {
    const std::vector<std::string_view> words = split_words(paragraph);
    std::vector<std::string> lines;
    std::string line;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view word = words[i];
        const bool fits = line.empty() || line.size() + 1 + word.size() <= style.width;
        if (fits || !can_start_line(words, i)) {
            // append(), not a chain of operator+: GCC 12 warns falsely (-Wrestrict) on that.
            if (!line.empty()) line.append(" ");
            line.append(word);
            continue;
        }
        // The word starts the next line, or its second half does when it is hyphenated.
        const std::size_t split =
            style.hyphenate_percent > 0 && random.percent(style.hyphenate_percent) ? hyphen_point(word, random) : 0;
        if (split > 0) {
            lines.push_back(line.append(" ").append(word.substr(0, split)).append("-"));
            line = std::string(word.substr(split));
        } else {
            lines.push_back(std::move(line));
            line = std::string(word);
        }
    }
    if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}

}  // namespace rs::corpus_generator
