#include "schema/text/plain_text.hpp"

#include <cctype>

namespace rs::schema {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string join(const std::vector<std::string>& values, std::string_view separator) {
    std::string out;
    for (const auto& value : values) {
        if (!out.empty()) out.append(separator);
        out += value;
    }
    return out;
}

std::string shorten(std::string_view text, std::size_t bytes) {
    if (text.size() <= bytes) return std::string(text);
    std::size_t cut = text.rfind(' ', bytes);
    if (cut == std::string_view::npos || cut == 0) {
        cut = bytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    std::string out(text.substr(0, cut));
    while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':' || out.back() == ' '))
        out.pop_back();
    return out + "…";
}

}  // namespace rs::schema
