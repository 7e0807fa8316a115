#include "indexer/read/read_source.hpp"

#include <cstdio>

#include "indexer/parse_error.hpp"
#include "indexer/read/html_reader.hpp"
#include "indexer/read/pdf_reader.hpp"
#include "indexer/read/text_decoder.hpp"

namespace rs::indexer {

namespace {

/// No line of minutes is this long: a paragraph is a few kilobytes.
constexpr std::size_t max_line_bytes = std::size_t{256} * 1024;

SourceText read_by_format(std::string_view bytes, const std::string& source) {
    switch (detect_format(bytes)) {
        case SourceFormat::html: return read_html(bytes, source);
        case SourceFormat::pdf: return read_pdf(bytes, source);
        case SourceFormat::text: break;
    }
    DecodedText decoded = decode_text(bytes, source);
    return {std::move(decoded.text), SourceFormat::text, "text", std::move(decoded.encoding), {}};
}

// A data dump or an embedded file, not minutes: refused before the parser spends
// seconds on it.
void refuse_overlong_lines(const std::string& text, const std::string& source) {
    std::size_t start = 0;
    int line = 1;
    while (start < text.size()) {
        std::size_t end = text.find_first_of("\r\n", start);
        if (end == std::string::npos) end = text.size();
        if (end - start > max_line_bytes) {
            char size[32];
            std::snprintf(size, sizeof size, "%.1f MB", static_cast<double>(end - start) / (1 << 20));
            throw ParseError(source, line,
                             std::string("a line of ") + size + ", where a line of minutes is at most " +
                                 std::to_string(max_line_bytes / 1024) + " KB: not minutes text (a data dump or an embedded file?)");
        }
        if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
        start = end + 1;
        ++line;
    }
}

}  // namespace

SourceText read_source(std::string_view bytes, const std::string& source) {
    SourceText text = read_by_format(bytes, source);
    refuse_overlong_lines(text.text, source);
    return text;
}

}  // namespace rs::indexer
