#include "searchd/html/text_markup.hpp"

#include <algorithm>

#include "schema/text/plain_text.hpp"
#include "schema/text/unicode.hpp"
#include "schema/text/words.hpp"

namespace rs::html {

namespace {

/// Longest line taken for a sub-heading ("Baggrund", "Økonomi og finansiering").
constexpr std::size_t subheading_bytes = 80;

std::vector<std::string_view> split(std::string_view text, std::string_view separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t at = text.find(separator); at != std::string_view::npos; at = text.find(separator, start)) {
        parts.push_back(text.substr(start, at - start));
        start = at + separator.size();
    }
    parts.push_back(text.substr(start));
    return parts;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
    return text;
}

enum class Marker { none, numbered, bullet };

// The list marker a line starts with and the length of it (spaces after it included).
std::pair<Marker, std::size_t> list_marker(std::string_view line) {
    for (std::string_view bullet : {"- ", "• ", "* ", "– ", "· "})
        if (line.starts_with(bullet)) return {Marker::bullet, bullet.size()};
    std::size_t digits = 0;
    while (digits < line.size() && digits < 3 && line[digits] >= '0' && line[digits] <= '9') ++digits;
    std::size_t at = digits;
    if (digits == 0 && !line.empty() && line[0] >= 'a' && line[0] <= 'z') at = 1;  // "a) …", "b. …"
    if (at == 0 || at + 1 >= line.size()) return {Marker::none, 0};
    if ((line[at] == '.' || line[at] == ')') && line[at + 1] == ' ') return {Marker::numbered, at + 2};
    return {Marker::none, 0};
}

bool is_subheading(std::string_view paragraph, bool is_last) {
    if (is_last || paragraph.size() > subheading_bytes || paragraph.find('\n') != std::string_view::npos) return false;
    const char end = paragraph.back();
    return end != '.' && end != ':' && end != ',' && end != ';' && end != '?' && end != '!' &&
           list_marker(paragraph).first == Marker::none;
}

}  // namespace

std::string marked_html(std::string_view text, const std::vector<std::string>& marked) {
    if (marked.empty()) return html_escape(text);
    std::string out;
    schema::for_each_piece(text, [&](const schema::TextPiece& piece) {
        const bool mark = piece.is_word && std::binary_search(marked.begin(), marked.end(), schema::to_lower(piece.text));
        if (mark) out += "<mark>";
        out += html_escape(piece.text);
        if (mark) out += "</mark>";
    });
    return out;
}

std::string section_html(std::string_view text, const std::vector<std::string>& marked) {
    std::vector<std::string_view> paragraphs;
    for (const auto part : split(text, "\n\n"))
        if (const auto trimmed = trim(part); !trimmed.empty()) paragraphs.push_back(trimmed);
    std::string out;
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        const auto paragraph = paragraphs[i];
        std::vector<std::string_view> lines;
        for (const auto line : split(paragraph, "\n"))
            if (const auto trimmed = trim(line); !trimmed.empty()) lines.push_back(trimmed);
        const Marker first = list_marker(lines.front()).first;
        const bool is_list = first != Marker::none && std::all_of(lines.begin(), lines.end(), [first](std::string_view l) {
                                 return list_marker(l).first == first;
                             });
        if (is_list) {
            const char* tag = first == Marker::numbered ? "ol" : "ul";
            out.append("<").append(tag).append(">");
            for (const auto line : lines) {
                // The number as printed: minutes refer to "pkt. 3", so a list must not renumber.
                std::size_t digits = 0;
                while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
                out.append(digits > 0 ? "<li value=\"" + std::string(line.substr(0, digits)) + "\">" : "<li>");
                out.append(marked_html(line.substr(list_marker(line).second), marked)).append("</li>");
            }
            out.append("</").append(tag).append(">\n");
        } else if (is_subheading(paragraph, i + 1 == paragraphs.size())) {
            out.append("<h3>").append(marked_html(paragraph, marked)).append("</h3>\n");
        } else {
            out.append("<p>");
            for (std::size_t l = 0; l < lines.size(); ++l) {
                if (l > 0) out.append("<br>");
                out.append(marked_html(lines[l], marked));
            }
            out.append("</p>\n");
        }
    }
    return out;
}

}  // namespace rs::html
