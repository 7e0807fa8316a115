#include "indexer/parse/item_builder.hpp"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace rs::indexer {

namespace {

UChar32 first_code_point(const std::string& s) {
    if (s.empty()) return -1;
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    return c;
}

UChar32 code_point_before_end(const std::string& s, std::size_t end) {
    if (end == 0) return -1;
    int32_t i = static_cast<int32_t>(end);
    UChar32 c;
    U8_PREV(s.data(), 0, i, c);
    return c;
}

bool starts_lowercase(const std::string& s) { return u_islower(first_code_point(s)); }

bool starts_list_item(const std::string& s) {
    if (s.size() >= 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ') return true;
    if (s.rfind("• ", 0) == 0 || s.rfind("– ", 0) == 0) return true;
    std::size_t i = 0;
    while (i < s.size() && i < 3 && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ') return true;
    return s.size() >= 3 && u_isalpha(static_cast<unsigned char>(s[0])) && s[1] == ')' && s[2] == ' ';
}

std::string first_word(const std::string& s) {
    std::size_t end = s.find_first_of(" ,.;:");
    return s.substr(0, end);
}

/// A hyphen at the end of a line that splits a word: "be-" before "handling", but not the
/// Danish suspended compound "børne-" before "og unge".
bool splits_word(const std::string& prev, const std::string& next) {
    if (prev.size() < 2 || prev.back() != '-') return false;
    if (!u_isalpha(code_point_before_end(prev, prev.size() - 1))) return false;
    if (!starts_lowercase(next)) return false;
    static const std::vector<std::string> conjunctions{"og", "eller", "samt", "til", "som", "men"};
    return std::find(conjunctions.begin(), conjunctions.end(), first_word(next)) == conjunctions.end();
}

bool ends_sentence_or_label(const std::string& s) {
    if (s.empty()) return false;
    char c = s.back();
    return c == '.' || c == ':' || c == '!' || c == '?' || c == ';';
}

struct SectionDraft {
    std::string name;
    std::string heading;
    std::vector<std::vector<std::string>> paragraphs;

    void add_line(const std::string& text) {
        if (paragraphs.empty()) paragraphs.emplace_back();
        paragraphs.back().push_back(text);
    }
    void break_paragraph() {
        if (!paragraphs.empty() && !paragraphs.back().empty()) paragraphs.emplace_back();
    }
    std::string text() const {
        std::string out;
        for (const auto& paragraph : paragraphs) {
            if (paragraph.empty()) continue;
            if (!out.empty()) out += "\n\n";
            out += join_paragraph(paragraph);
        }
        return out;
    }
};

bool is_marker_line(const ClassifiedLine& line) {
    return line.kind == LineKind::case_number || line.kind == LineKind::closed_marker ||
           line.kind == LineKind::open_marker;
}

/// Index of the first line of the run of case-number/closed lines (with blanks and noise)
/// that stands right before `heading`: those lines belong to the item that follows them.
std::size_t leading_markers_start(const std::vector<ClassifiedLine>& lines, std::size_t heading, std::size_t floor) {
    std::size_t start = heading;
    for (std::size_t i = heading; i > floor; --i) {
        const auto& line = lines[i - 1];
        if (!line.content()) continue;
        if (!is_marker_line(line)) break;
        start = i - 1;
    }
    return start;
}

}  // namespace

std::string join_paragraph(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines) {
        if (out.empty()) {
            out = line;
        } else if (splits_word(out, line)) {
            out.pop_back();
            out += line;
        } else if (starts_list_item(line) || ends_sentence_or_label(out)) {
            out += "\n" + line;
        } else {
            out += " " + line;
        }
    }
    return out;
}

std::vector<schema::AgendaItem> ItemBuilder::build(std::vector<ClassifiedLine>& lines, const ItemChain& chain) const {
    std::vector<schema::AgendaItem> items;
    const auto& headings = chain.headings;
    for (std::size_t k = 0; k < headings.size(); ++k) {
        const std::size_t heading = headings[k];
        const std::size_t previous_end = k == 0 ? 0 : headings[k - 1] + 1;
        const std::size_t span_end =
            k + 1 < headings.size() ? leading_markers_start(lines, headings[k + 1], heading + 1) : lines.size();
        const auto& candidate = *lines[heading].item;

        schema::AgendaItem item;
        item.number = candidate.number;
        item.sub = candidate.sub;
        item.line = lines[heading].line.number;

        // The title, with its continuation: the next line when the heading has no title,
        // lines that carry on a wrapped title (they start in lowercase). An item whose heading
        // was lost starts at a section heading and has its title already (section_cycles.hpp).
        const bool starts_at_section = lines[heading].kind == LineKind::section_heading && lines[heading].section;
        std::string raw_title = candidate.title;
        std::size_t body_start = heading + 1;
        if (raw_title.empty() && !starts_at_section) {
            while (body_start < span_end && !lines[body_start].content()) ++body_start;
            if (body_start < span_end && lines[body_start].kind == LineKind::text) {
                raw_title = lines[body_start].line.text;
                lines[body_start].kind = LineKind::item_title;
                ++body_start;
            }
        }
        while (!starts_at_section && body_start < span_end && lines[body_start].kind == LineKind::text &&
               starts_lowercase(lines[body_start].line.text) && lines[body_start].line.text.size() < 150 &&
               raw_title.size() < 250) {
            raw_title += (raw_title.empty() || raw_title.back() == '-' ? "" : " ") + lines[body_start].line.text;
            lines[body_start].kind = LineKind::item_title;
            ++body_start;
        }
        ParsedTitle title = titles_.parse(raw_title);
        item.title = title.title;
        item.title_prefix = title.type_marker;
        item.type = title.type;
        item.time_slot = title.time_slot;
        item.case_number = title.case_number;
        item.closed = title.closed;

        // Case numbers and closed markers written just before the heading.
        for (std::size_t i = leading_markers_start(lines, heading, previous_end); i < heading; ++i) {
            if (lines[i].kind == LineKind::case_number && item.case_number.empty()) item.case_number = lines[i].case_number;
            if (lines[i].kind == LineKind::closed_marker) item.closed = true;
        }

        std::vector<SectionDraft> drafts;
        if (starts_at_section) {
            const auto& section = *lines[heading].section;
            drafts.push_back({section.section, section.opening ? "" : lines[heading].line.text, {}});
            if (section.opening) drafts.back().add_line(lines[heading].line.text);
            else if (!section.rest.empty()) drafts.back().add_line(section.rest);
        }
        // Blank lines end a paragraph, but not across a page break (page furniture between
        // them) when the sentence runs on: "… be-" / Side 2 af 4 / "handling …".
        bool blank_seen = false, page_break_seen = false;
        auto add_text = [&](const std::string& text) {
            if (drafts.empty()) drafts.push_back({schema::section::tekst, "", {}});
            auto& draft = drafts.back();
            const bool runs_on = page_break_seen && !draft.paragraphs.empty() && !draft.paragraphs.back().empty() &&
                                 !ends_sentence_or_label(draft.paragraphs.back().back()) && starts_lowercase(text);
            if (blank_seen && !runs_on) draft.break_paragraph();
            blank_seen = page_break_seen = false;
            draft.add_line(text);
        };
        for (std::size_t i = body_start; i < span_end; ++i) {
            auto& line = lines[i];
            switch (line.kind) {
                case LineKind::blank:
                    blank_seen = true;
                    continue;
                case LineKind::noise:
                    page_break_seen = page_break_seen || line.pattern != "fold_marker";
                    continue;
                case LineKind::open_marker:
                    continue;
                case LineKind::case_number:
                    if (item.case_number.empty()) {
                        item.case_number = line.case_number;
                        continue;
                    }
                    break;
                case LineKind::closed_marker:
                    if (drafts.empty()) {
                        item.closed = true;
                        continue;
                    }
                    break;
                case LineKind::section_heading: {
                    const auto& heading_info = *line.section;
                    const bool continues = !drafts.empty() && drafts.back().name == heading_info.section &&
                                           (heading_info.opening || drafts.back().paragraphs.empty() ||
                                            drafts.back().paragraphs.front().empty());
                    if (!continues) drafts.push_back({heading_info.section, heading_info.opening ? "" : line.line.text, {}});
                    blank_seen = page_break_seen = false;
                    if (!heading_info.rest.empty()) drafts.back().add_line(heading_info.rest);
                    continue;
                }
                default:
                    break;
            }
            add_text(line.line.text);
        }

        // One section per name, in order of first appearance; empty headings are dropped.
        for (const auto& draft : drafts) {
            std::string text = draft.text();
            if (text.empty()) continue;
            auto same = std::find_if(item.sections.begin(), item.sections.end(),
                                     [&](const schema::Section& s) { return s.name == draft.name; });
            if (same == item.sections.end()) item.sections.push_back({draft.name, draft.heading, text});
            else same->text += "\n\n" + text;
        }
        items.push_back(std::move(item));
    }
    return items;
}

}  // namespace rs::indexer
