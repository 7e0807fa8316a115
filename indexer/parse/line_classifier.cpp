#include "indexer/parse/line_classifier.hpp"

#include <cctype>
#include <optional>
#include <unordered_map>

#include "schema/text/regex.hpp"

namespace rs::indexer {

using schema::to_unicode;
using schema::to_utf8;

const char* to_string(LineKind kind) {
    switch (kind) {
        case LineKind::blank: return "blank";
        case LineKind::noise: return "noise";
        case LineKind::header: return "header";
        case LineKind::contents_heading: return "contents";
        case LineKind::contents_entry: return "contents_entry";
        case LineKind::item_heading: return "item";
        case LineKind::item_title: return "item_title";
        case LineKind::section_heading: return "section";
        case LineKind::case_number: return "case_number";
        case LineKind::closed_marker: return "closed";
        case LineKind::open_marker: return "open";
        case LineKind::attendance: return "attendance";
        case LineKind::text: return "text";
    }
    return "text";
}

namespace {

/// The first of `patterns` found in `text` and its match; `pattern` is nullptr if none is.
struct FirstMatch {
    const NamedPattern* pattern = nullptr;
    std::optional<schema::Match> match;
};

FirstMatch first_match(const std::vector<NamedPattern>& patterns, const icu::UnicodeString& text) {
    for (const auto& pattern : patterns)
        if (auto match = pattern.regex.find(text)) return {&pattern, std::move(match)};
    return {};
}

int to_int(const std::string& digits) {
    int value = 0;
    for (char c : digits)
        if (std::isdigit(static_cast<unsigned char>(c))) value = value * 10 + (c - '0');
    return value;
}

std::string lower_ascii(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

ClassifiedLine LineClassifier::classify_line(const SourceLine& source) const {
    ClassifiedLine out{source, LineKind::text, {}, {}, {}, {}, {}, {}};
    if (source.blank()) {
        out.kind = LineKind::blank;
        return out;
    }
    icu::UnicodeString text = to_unicode(source.text);
    for (const auto& strip : patterns_.strip) {
        if (const auto match = strip.regex.find(text)) {
            text.remove(match.start(), match.end() - match.start());
            out.line.text = to_utf8(text);
            out.note = "stripped " + strip.name;
        }
    }
    if (out.line.text.empty()) {
        out.kind = LineKind::noise;
        return out;
    }
    auto decide = [&](LineKind kind, const NamedPattern& pattern) {
        out.kind = kind;
        out.pattern = pattern.name;
    };
    if (const auto found = first_match(patterns_.noise, text); found.pattern) {
        decide(LineKind::noise, *found.pattern);
        return out;
    }
    if (const auto found = first_match(patterns_.contents_heading, text); found.pattern) {
        decide(LineKind::contents_heading, *found.pattern);
        return out;
    }
    if (const auto found = first_match(patterns_.contents_entry, text); found.pattern) {
        decide(LineKind::contents_entry, *found.pattern);
        return out;
    }
    for (const auto& section : patterns_.sections) {
        const auto match = section.regex.find(text);
        if (!match) continue;
        out.kind = LineKind::section_heading;
        out.pattern = section.section;
        out.section = SectionHeading{section.section, section.opening,
                                     section.opening ? out.line.text : match.group("rest")};
        return out;
    }
    for (const auto& item : patterns_.item) {
        const auto match = item.regex.find(text);
        if (!match) continue;
        decide(LineKind::item_heading, item);
        out.item = ItemCandidate{item.name, to_int(match.group("num")), lower_ascii(match.group("sub")),
                                 match.group("title")};
        return out;
    }
    if (const auto found = first_match(patterns_.case_number, text); found.pattern) {
        decide(LineKind::case_number, *found.pattern);
        out.case_number = found.match->group("casenr");
        return out;
    }
    if (const auto found = first_match(patterns_.closed, text); found.pattern) {
        decide(LineKind::closed_marker, *found.pattern);
        return out;
    }
    if (const auto found = first_match(patterns_.open, text); found.pattern) {
        decide(LineKind::open_marker, *found.pattern);
        return out;
    }
    if (const auto found = first_match(patterns_.attendance, text); found.pattern) {
        decide(LineKind::attendance, *found.pattern);
        out.attendance_rest = found.match->group("rest");
        return out;
    }
    return out;
}

std::vector<ClassifiedLine> LineClassifier::classify(const std::vector<SourceLine>& lines) const {
    std::vector<ClassifiedLine> out;
    out.reserve(lines.size());
    for (const auto& line : lines) out.push_back(classify_line(line));
    mark_running_headers(out);
    return out;
}

namespace {

/// The line with every digit replaced, so page numbers and dates compare equal.
std::string shape_of(const std::string& text) {
    std::string key;
    for (char c : text) key += std::isdigit(static_cast<unsigned char>(c)) ? '#' : c;
    return key;
}

}  // namespace

void LineClassifier::mark_running_headers(std::vector<ClassifiedLine>& lines) const {
    // A PDF repeats its running header on every page: the same line, or the same line with
    // another page number. A line qualifies when its shape (digits masked) comes back at
    // least three times and either it names a page or two of its copies are identical, and
    // it carries a date, year or page word. Near-identical item titles ("Handleplan 2024",
    // "Handleplan 2025") differ in more than a page number and stay.
    // Shared by all threads: a Regex is immutable (regex.hpp).
    static const schema::Regex dated(
        R"(\b\d{1,2}[-./]\s?\d{1,2}[-./]\d{2,4}\b|\b(?:19|20)\d{2}\b|\b(?:side|page)\b)");
    static const schema::Regex page_word(R"(\b(?:side|page|s\.)\s*\d)");
    std::unordered_map<std::string, int> shapes;
    std::unordered_map<std::string, int> exact;
    const ClassifiedLine* first = nullptr;
    for (const auto& line : lines) {
        if (!line.content()) continue;
        if (!first) first = &line;
        ++shapes[shape_of(line.line.text)];
        ++exact[line.line.text];
    }
    const std::string first_shape = first ? shape_of(first->line.text) : std::string();
    bool seen_first = false;
    for (auto& line : lines) {
        // Item headings are left to the agenda chain: a contents list repeats them exactly.
        if (line.kind != LineKind::text) continue;
        const std::string shape = shape_of(line.line.text);
        const bool repeated_title = shape == first_shape && first_shape.size() >= 15;
        if (repeated_title && !seen_first) {
            seen_first = true;
            continue;
        }
        const int count = shapes[shape];
        const bool furniture = count >= 3 && shape.find('#') != std::string::npos && line.line.text.size() >= 6 &&
                               dated.find(line.line.text) &&
                               (exact[line.line.text] >= 2 || page_word.find(line.line.text));
        if ((repeated_title && count >= 2) || furniture) {
            line.kind = LineKind::noise;
            line.pattern = "running_header";
            line.note = "repeated " + std::to_string(count) + " times";
        }
    }
}

}  // namespace rs::indexer
