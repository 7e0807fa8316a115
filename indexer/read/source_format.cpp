#include "indexer/read/source_format.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace rs::indexer {

namespace {

constexpr std::size_t pdf_header_window = 1024;
constexpr std::size_t markup_window = 4096;

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// The first markup of a web page, after a BOM, whitespace, an XML declaration and comments.
bool starts_like_html(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    const std::string head = lower_ascii(bytes.substr(0, markup_window));
    std::size_t at = head.find_first_not_of(" \t\r\n");
    while (at != std::string::npos && (head.compare(at, 5, "<?xml") == 0 || head.compare(at, 4, "<!--") == 0)) {
        const std::size_t end = head.find(head.compare(at, 4, "<!--") == 0 ? "-->" : "?>", at);
        if (end == std::string::npos) return false;
        at = head.find_first_not_of(" \t\r\n", end + 2);
    }
    if (at == std::string::npos) return false;
    static constexpr std::array<std::string_view, 4> openers = {"<!doctype html", "<html", "<head", "<body"};
    return std::any_of(openers.begin(), openers.end(),
                       [&](std::string_view opener) { return head.compare(at, opener.size(), opener) == 0; });
}

}  // namespace

SourceFormat detect_format(std::string_view bytes) {
    if (bytes.substr(0, pdf_header_window).find("%PDF-") != std::string_view::npos) return SourceFormat::pdf;
    if (starts_like_html(bytes)) return SourceFormat::html;
    return SourceFormat::text;
}

std::string_view to_string(SourceFormat format) {
    switch (format) {
        case SourceFormat::text: return "text";
        case SourceFormat::html: return "html";
        case SourceFormat::pdf: return "pdf";
    }
    return "text";
}

}  // namespace rs::indexer
