#include "indexer/read/pdf_layout.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "schema/text/unicode.hpp"

namespace rs::indexer {

namespace {

/// A line that reaches this share of its column's width is wrapped, not ended.
constexpr double full_line_share = 0.8;
/// Lines further apart than this many times the usual distance from one line's top to
/// the next's are in different paragraphs.
constexpr double paragraph_pitch_share = 1.3;
/// Running headers and footers sit within this share of the page's height from its edge.
constexpr double edge_share = 0.12;
/// Lines per page edge looked at for headers and footers.
constexpr std::size_t edge_lines = 2;

// The line with its numbers blanked: "Side 3 af 12" and "Side 4 af 12" are the same line.
std::string furniture_key(std::string_view text) {
    std::string key;
    bool in_number = false;
    for (char c : schema::to_lower(text)) {
        if (c >= '0' && c <= '9') {
            if (!in_number) key.push_back('#');
            in_number = true;
            continue;
        }
        in_number = false;
        key.push_back(c);
    }
    const auto begin = key.find_first_not_of(' ');
    const auto end = key.find_last_not_of(' ');
    return begin == std::string::npos ? "" : key.substr(begin, end - begin + 1);
}

// A page number in any of the wordings exports use, alone or ending a running line.
bool is_page_number(const std::string& key) {
    static constexpr std::array<std::string_view, 9> alone = {"#", "- # -", "side #", "side # af #", "# af #",
                                                              "#/#", "# / #", "page #", "page # of #"};
    if (std::find(alone.begin(), alone.end(), key) != alone.end()) return true;
    return key.ends_with(" side #") || key.ends_with(" side # af #");
}

char32_t first_code_point(std::string_view text) {
    if (text.empty()) return 0;
    int32_t at = 0;
    UChar32 c = 0;
    U8_NEXT(text.data(), at, static_cast<int32_t>(text.size()), c);
    return c < 0 ? 0 : static_cast<char32_t>(c);
}

bool starts_lowercase(std::string_view text) { return u_islower(static_cast<UChar32>(first_code_point(text))) != 0; }

// Bullets, numbered list entries and item headings start a line of their own.
bool starts_entry(std::string_view text) {
    for (std::string_view bullet : {"- ", "• ", "– ", "* ", "· ", "▪ "})
        if (text.starts_with(bullet)) return true;
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits > 0 && digits + 1 < text.size() && (text[digits] == '.' || text[digits] == ')') && text[digits + 1] == ' ')
        return true;
    return text.starts_with("Punkt ") || text.starts_with("Pkt. ");
}

// "Økonomi ..... 7" (a table of contents) and "Bilag 3" end where they end.
bool ends_with_page_reference(std::string_view text) {
    std::size_t end = text.size();
    while (end > 0 && text[end - 1] >= '0' && text[end - 1] <= '9') --end;
    if (end == text.size()) return false;
    while (end > 0 && text[end - 1] == ' ') --end;
    return end >= 3 && text.substr(end - 3, 3) == "...";
}

// "sundheds-" + "klynge" is one word; "social-" + "og sundhedsudvalget" is an elision.
bool joins_hyphenated(std::string_view line, std::string_view next) {
    if (line.size() < 2 || line.back() != '-' || !starts_lowercase(next)) return false;
    const unsigned char before = static_cast<unsigned char>(line[line.size() - 2]);
    if (before == ' ' || before == '-' || (before < 0x80 && !std::isalpha(before))) return false;
    const std::string_view word = next.substr(0, next.find(' '));
    for (std::string_view conjunction : {"og", "eller", "samt", "til", "som", "and"})
        if (word == conjunction || word == std::string(conjunction) + ",") return false;
    return true;
}

void remove_furniture(std::vector<PositionedPage>& pages, LayoutCounts& counts) {
    auto near_top = [](const PositionedPage& page, const PositionedLine& line) {
        return page.height <= 0 || line.top <= page.height * edge_share;
    };
    auto near_bottom = [](const PositionedPage& page, const PositionedLine& line) {
        return page.height <= 0 || line.bottom >= page.height * (1 - edge_share);
    };
    // How many pages carry each edge line (a page counts once per line).
    std::map<std::string, std::size_t> pages_with;
    for (const auto& page : pages) {
        std::map<std::string, bool> seen;
        const std::size_t n = page.lines.size();
        for (std::size_t i = 0; i < n && i < edge_lines; ++i)
            if (near_top(page, page.lines[i])) seen[furniture_key(page.lines[i].text)] = true;
        for (std::size_t i = n > edge_lines ? n - edge_lines : 0; i < n; ++i)
            if (near_bottom(page, page.lines[i])) seen[furniture_key(page.lines[i].text)] = true;
        for (const auto& [key, _] : seen) ++pages_with[key];
    }
    auto repeats = [&](const std::string& key) {
        const std::size_t n = pages_with[key];
        return pages.size() >= 2 && n >= 2 && n * 2 >= pages.size();
    };
    for (std::size_t p = 0; p < pages.size(); ++p) {
        PositionedPage& page = pages[p];
        std::vector<PositionedLine> kept;
        const std::size_t n = page.lines.size();
        for (std::size_t i = 0; i < n; ++i) {
            const PositionedLine& line = page.lines[i];
            const bool top = i < edge_lines && near_top(page, line);
            const bool bottom = i + edge_lines >= n && near_bottom(page, line);
            const std::string key = furniture_key(line.text);
            // The top of the first page is where the minutes name their body, forum and
            // date, often in the very words the running header repeats: keep it.
            const bool repeated = repeats(key) && (bottom || (top && p > 0));
            if ((top || bottom) && !key.empty() && (is_page_number(key) || repeated)) {
                ++counts.furniture_lines;
                continue;
            }
            kept.push_back(line);
        }
        page.lines = std::move(kept);
    }
}

// The usual distance from the top of one line to the top of the next: the leading.
double median_line_pitch(const std::vector<PositionedPage>& pages) {
    std::vector<double> pitches;
    for (const auto& page : pages)
        for (std::size_t i = 1; i < page.lines.size(); ++i)
            if (const double pitch = page.lines[i].top - page.lines[i - 1].top; pitch > 0) pitches.push_back(pitch);
    if (pitches.empty()) return 0;
    std::nth_element(pitches.begin(), pitches.begin() + static_cast<long>(pitches.size() / 2), pitches.end());
    return pitches[pitches.size() / 2];
}

}  // namespace

std::string layout_text(std::vector<PositionedPage> pages, LayoutCounts& counts) {
    remove_furniture(pages, counts);
    const double pitch = median_line_pitch(pages);
    std::string out;
    const PositionedLine* previous = nullptr;
    bool previous_full = false;
    for (const auto& page : pages) {
        double column_left = 0, column_right = 0;
        if (!page.lines.empty()) {
            column_left = page.lines.front().left;
            column_right = page.lines.front().right;
            for (const auto& line : page.lines) {
                column_left = std::min(column_left, line.left);
                column_right = std::max(column_right, line.right);
            }
        }
        const double column_width = column_right - column_left;
        bool first_on_page = true;
        for (const auto& line : page.lines) {
            if (line.text.empty()) continue;
            if (previous == nullptr) {
                out = line.text;
            } else {
                const bool gap = !first_on_page && line.top - previous->top > pitch * paragraph_pitch_share;
                // Across a page break only a lowercase start says the sentence goes on.
                const bool continues = !gap && previous_full && !starts_entry(line.text) &&
                                       !previous->text.ends_with(":") && !ends_with_page_reference(previous->text) &&
                                       (!first_on_page || starts_lowercase(line.text));
                if (continues && joins_hyphenated(previous->text, line.text)) {
                    out.pop_back();
                    out.append(line.text);
                    ++counts.hyphenations;
                    ++counts.joined_lines;
                } else if (continues) {
                    out.append(" ").append(line.text);
                    ++counts.joined_lines;
                } else {
                    out.append(gap ? "\n\n" : "\n").append(line.text);
                }
            }
            previous = &line;
            previous_full = column_width > 0 && line.right - column_left >= column_width * full_line_share;
            first_on_page = false;
        }
    }
    return out;
}

}  // namespace rs::indexer
