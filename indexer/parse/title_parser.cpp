#include "indexer/parse/title_parser.hpp"

#include <cctype>

namespace rs::indexer {

using schema::to_unicode;
using schema::to_utf8;

std::string normalise_clock(const std::string& text) {
    int hours = -1, minutes = 0;
    std::size_t i = 0;
    auto read_number = [&](int& out) {
        if (i >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i]))) return false;
        out = 0;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) out = out * 10 + (text[i++] - '0');
        return true;
    };
    if (!read_number(hours)) return {};
    if (i < text.size() && (text[i] == '.' || text[i] == ':')) {
        ++i;
        if (!read_number(minutes)) return {};
    }
    if (hours > 24 || minutes > 59) return {};
    auto two_digits = [](int v) { return std::string{static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)}; };
    return two_digits(hours) + ":" + two_digits(minutes);
}

namespace {

std::string tidy(std::string title) {
    // Separators left dangling when a prefix or suffix went: "Title -", ": Title".
    auto is_trim = [](char c) { return c == ' ' || c == ':' || c == ',' || c == ';'; };
    while (!title.empty() && is_trim(title.back())) title.pop_back();
    std::size_t start = 0;
    while (start < title.size() && is_trim(title[start])) ++start;
    title.erase(0, start);
    for (const char* dash : {" -", " –", " —"}) {
        std::string d(dash);
        if (title.size() > d.size() && title.compare(title.size() - d.size(), d.size(), d) == 0)
            title.erase(title.size() - d.size());
    }
    std::string out;
    for (char c : title) {
        if (c == ' ' && !out.empty() && out.back() == ' ') continue;
        out += c;
    }
    return out;
}

}  // namespace

ParsedTitle TitleParser::parse(const std::string& raw) const {
    ParsedTitle parsed;
    icu::UnicodeString title = to_unicode(raw);
    bool have_prefix = false, have_suffix = false;
    for (const auto& pattern : patterns_) {
        const std::string& kind = pattern.kind;
        if ((kind == "prefix" && have_prefix) || (kind == "suffix" && have_suffix)) continue;
        if ((kind == "prefix" || kind == "suffix") && !parsed.type.empty()) continue;
        const auto match = pattern.regex.find(title);
        if (!match) continue;
        if (kind == "closed") {
            parsed.closed = true;
        } else if (kind == "time_slot") {
            if (!parsed.time_slot.empty()) continue;
            std::string from = normalise_clock(match.group("from"));
            std::string to = normalise_clock(match.group("to"));
            if (from.empty()) continue;
            parsed.time_slot = std::move(from);
            if (!to.empty()) parsed.time_slot.append("-").append(to);
        } else if (kind == "case_number") {
            parsed.case_number = match.group("casenr");
        } else if (kind == "prefix" || kind == "suffix") {
            (kind == "prefix" ? have_prefix : have_suffix) = true;
            parsed.type = pattern.type;
            parsed.type_marker = match.group("marker");
        }
        title.remove(match.start(), match.end() - match.start());
    }
    parsed.title = tidy(to_utf8(title));
    if (parsed.title.empty() && !parsed.type_marker.empty()) {  // "Orientering:" and nothing else
        parsed.title = parsed.type_marker;
        parsed.type_marker.clear();
    }
    return parsed;
}

}  // namespace rs::indexer
