#include "tests/indexer/property/render_parts.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "tests/indexer/property/minutes_generator.hpp"

namespace rs::test {
namespace {

std::vector<std::string> split_words(const std::string& text) {
    std::vector<std::string> words;
    std::istringstream in(text);
    std::string word;
    while (in >> word) words.push_back(word);
    return words;
}

std::string join_words(const std::vector<std::string>& words) {
    std::string text;
    for (const auto& word : words) {
        if (!text.empty()) text += ' ';
        text += word;
    }
    return text;
}

/// A word markup may wrap: letters only inside, so no markup lands in a number or a link.
bool wrappable(const std::string& word) {
    return word.size() >= 3 && std::none_of(word.begin(), word.end(), [](char c) {
               return c == '*' || c == '<' || c == '[' || c == '&' || c == '(' || c == ')' || c == '"' ||
                      std::isdigit(static_cast<unsigned char>(c));
           });
}

}  // namespace

void TextBuilder::blank() {
    lines_.emplace_back();
    if (random_.chance(0.12)) {
        const int extra = random_.between(1, 2);
        for (int i = 0; i < extra; ++i) lines_.emplace_back();
    }
}

void TextBuilder::paragraph(const std::string& clean, Markup markup, int width) {
    const std::string noisy = add_markup_noise(clean, markup, random_);
    if (width <= 0) {
        lines_.push_back(noisy);
        return;
    }
    for (const auto& wrapped : wrap_text(noisy, width)) lines_.push_back(wrapped);
}

std::string add_markup_noise(const std::string& clean, Markup markup, RandomSource& random) {
    if (markup == Markup::plain) return clean;
    std::vector<std::string> words = split_words(clean);
    if (!words.empty() && random.chance(0.35)) {
        std::string& word = words[static_cast<std::size_t>(random.between(0, static_cast<int>(words.size()) - 1))];
        if (wrappable(word)) {
            if (markup == Markup::html) word = random.chance(0.5) ? "<i>" + word + "</i>" : "<b>" + word + "</b>";
            else if (random.chance(0.3)) word = "[" + word + "](#)";
            else word = random.chance(0.5) ? "**" + word + "**" : "*" + word + "*";
        }
    }
    const std::string noisy = join_words(words);
    return markup == Markup::html ? escape_ampersands(noisy) : noisy;
}

std::string escape_ampersands(const std::string& text) {
    std::string out;
    for (const char c : text) out += c == '&' ? std::string("&amp;") : std::string(1, c);
    return out;
}

std::vector<std::string> wrap_text(const std::string& text, int width) {
    std::vector<std::string> lines;
    std::string current;
    for (const auto& word : split_words(text)) {
        const bool starts_with_digit = std::isdigit(static_cast<unsigned char>(word[0])) != 0;
        if (!current.empty() && static_cast<int>(current.size() + 1 + word.size()) > width && !starts_with_digit) {
            lines.push_back(current);
            current.clear();
        }
        if (!current.empty()) current += ' ';
        current += word;
    }
    if (!current.empty()) lines.push_back(current);
    return lines;
}

std::string letter_spaced(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1;
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead >= 0xF0) length = 4;
        else if (lead >= 0xE0) length = 3;
        else if (lead >= 0xC0) length = 2;
        if (!out.empty()) out += ' ';
        out += text.substr(i, length);
        i += length;
    }
    return out;
}

std::string upper(const std::string& text) {
    std::string out = text;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'a' && c <= 'z') out[i] = static_cast<char>(c - 'a' + 'A');
        else if (c == 0xC3 && i + 1 < out.size()) {  // æ ø å é → Æ Ø Å É
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next == 0xA6 || next == 0xB8 || next == 0xA5 || next == 0xA9) out[i + 1] = static_cast<char>(next - 0x20);
            ++i;
        }
    }
    return out;
}

std::string finish_text(const std::vector<std::string>& lines, RandomSource& random) {
    const bool crlf = random.chance(0.2);
    const bool trailing = random.chance(0.3);
    std::string text = random.chance(0.05) ? "\xEF\xBB\xBF" : "";
    for (const auto& line : lines) {
        text += line;
        if (trailing && random.chance(0.2)) text += std::string(static_cast<std::size_t>(random.between(1, 3)), ' ');
        text += crlf ? "\r\n" : "\n";
    }
    return text;
}

std::string participants(const GeneratedMeeting& meeting) {
    std::string text = meeting.region;
    for (const auto& municipality : meeting.municipalities) text += ", " + municipality + " Kommune";
    return text + " og PLO";
}

std::string absent_names(const GeneratedMeeting& meeting) {
    std::string text;
    for (const auto& name : meeting.absent) text += (text.empty() ? "" : ", ") + name;
    return text;
}

std::vector<std::string> recommendation_lines(const GeneratedItem& item, int style) {
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < item.recommendations.size(); ++i) {
        const std::string& clause = item.recommendations[i];
        const bool last = i + 1 == item.recommendations.size();
        switch (style) {
        case 0: lines.push_back("- " + capitalise(clause)); break;
        case 1: lines.push_back(std::to_string(i + 1) + ". " + capitalise(clause)); break;
        case 2: lines.push_back("at klyngen " + clause + (last ? "" : " og")); break;
        default: lines.push_back(std::to_string(i + 1) + ". at klyngen " + clause); break;
        }
    }
    return lines;
}

void drop_sub_items(GeneratedMeeting& meeting) {
    auto& items = meeting.items;
    items.erase(std::remove_if(items.begin(), items.end(), [](const GeneratedItem& item) { return !item.sub.empty(); }),
                items.end());
}

bool prints_decision(const GeneratedItem& item) { return !item.closed && !item.decision.empty(); }

}  // namespace rs::test
