#include "tests/support/renderings.hpp"

#include <sstream>
#include <vector>

#include <unicode/unistr.h>

namespace rs::test {

namespace {

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::string line;
    for (char c : text) {
        if (c == '\r') continue;
        if (c == '\n') {
            lines.push_back(line);
            line.clear();
        } else {
            line.push_back(c);
        }
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

constexpr std::size_t columns = 80;
constexpr std::size_t lines_per_page = 58;

std::size_t length(const std::string& windows1252) { return windows1252.size(); }

// Greedy wrapping at `columns`; a word that does not fit and is long is hyphenated so
// that the line is filled, as word processors do.
std::vector<std::string> wrap(const std::string& paragraph) {
    std::vector<std::string> out;
    std::istringstream words(paragraph);
    std::string word, line;
    while (words >> word) {
        while (true) {
            const std::size_t needed = line.empty() ? length(word) : length(line) + 1 + length(word);
            if (needed <= columns) {
                line = line.empty() ? word : line + " " + word;
                break;
            }
            // Characters of `word` that fit before a hyphen at the end of the line.
            const std::size_t used = length(line) + (line.empty() ? 0 : 1) + 1;  // +1 for the hyphen
            const std::size_t room = used < columns ? columns - used : 0;
            const bool hyphenate = length(word) >= 10 && room >= 4 && length(word) - room >= 4 &&
                                   std::isalpha(static_cast<unsigned char>(word[room - 1])) != 0;
            if (hyphenate) {
                out.push_back((line.empty() ? "" : line + " ") + word.substr(0, room) + "-");
                word = word.substr(room);
                line.clear();
                continue;
            }
            if (line.empty()) {  // longer than a line: cut it
                out.push_back(word.substr(0, columns));
                word = word.substr(columns);
                continue;
            }
            out.push_back(line);
            line.clear();
        }
    }
    if (!line.empty()) out.push_back(line);
    return out;
}

// A PDF string literal of windows-1252 bytes.
std::string pdf_string(const std::string& bytes) {
    std::string out = "(";
    for (unsigned char c : bytes) {
        if (c == '(' || c == ')' || c == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c < 0x20 || c >= 0x7F) {
            char octal[8];
            std::snprintf(octal, sizeof octal, "\\%03o", c);
            out.append(octal);
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    return out + ")";
}

// A PDF whose pages have these content streams, in Courier (WinAnsiEncoding) as /F1.
std::string assemble_pdf(const std::vector<std::string>& contents) {
    std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "",  // the page tree, once the pages are numbered
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
    };
    std::string kids;
    for (const std::string& stream : contents) {
        const std::size_t page_object = objects.size() + 1;
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                          "/Contents " + std::to_string(page_object + 1) + " 0 R >>");
        objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "endstream");
        kids += std::to_string(page_object) + " 0 R ";
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(contents.size()) + " >>";
    std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t offset : offsets) {
        char entry[24];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
        pdf += entry;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

std::string escape_html(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::string_view rest = text.substr(i);
        if (rest.starts_with("æ")) out.append("&aelig;"), ++i;
        else if (rest.starts_with("ø")) out.append("&oslash;"), ++i;
        else if (rest.starts_with("å")) out.append("&#229;"), ++i;
        else if (text[i] == '&') out.append("&amp;");
        else if (text[i] == '<') out.append("&lt;");
        else if (text[i] == '>') out.append("&gt;");
        else out.push_back(text[i]);
    }
    return out;
}

}  // namespace

std::string to_windows1252(std::string_view text) {
    const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    const int32_t needed = unicode.extract(0, unicode.length(), nullptr, 0, "windows-1252");
    std::string out(static_cast<std::size_t>(needed), '\0');
    unicode.extract(0, unicode.length(), out.data(), needed, "windows-1252");
    return out;
}

std::string to_utf16(std::string_view text, bool little_endian) {
    const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
    for (int32_t i = 0; i < unicode.length(); ++i) {
        const char16_t unit = unicode.charAt(i);
        const char low = static_cast<char>(unit & 0xFF), high = static_cast<char>(unit >> 8);
        out.push_back(little_endian ? low : high);
        out.push_back(little_endian ? high : low);
    }
    return out;
}

std::string render_pdf(std::string_view text, std::string_view running_header) {
    // Lay out: every source line wrapped; a blank source line is an empty line (a gap).
    // A paragraph of two lines (a wrapped heading) is kept together on one page, as word
    // processors do; longer ones break where the page ends.
    std::vector<std::vector<std::string>> pages(1);
    for (const std::string& line : split_lines(to_windows1252(text))) {
        if (line.find_first_not_of(" \t") == std::string::npos) {
            if (!pages.back().empty() && !pages.back().back().empty()) pages.back().emplace_back();
            continue;
        }
        std::string tabless = line;
        for (char& c : tabless) c = c == '\t' ? ' ' : c;
        const std::vector<std::string> wrapped = wrap(tabless);
        if (wrapped.size() <= 2 && pages.back().size() + wrapped.size() > lines_per_page) pages.emplace_back();
        for (const auto& piece : wrapped) {
            if (pages.back().size() == lines_per_page) pages.emplace_back();
            pages.back().push_back(piece);
        }
    }
    const std::string header = to_windows1252(running_header);
    std::vector<std::string> contents;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        std::ostringstream content;
        content << "BT /F1 8 Tf 50 815 Td " << pdf_string(header) << " Tj ET\n";
        double y = 780;
        for (const auto& line : pages[p]) {
            if (!line.empty()) content << "BT /F1 10 Tf 50 " << y << " Td " << pdf_string(line) << " Tj ET\n";
            y -= 12;
        }
        content << "BT /F1 8 Tf 270 30 Td "
                << pdf_string("Side " + std::to_string(p + 1) + " af " + std::to_string(pages.size())) << " Tj ET\n";
        contents.push_back(content.str());
    }
    return assemble_pdf(contents);
}

std::string render_blank_pdf(int pages) {
    return assemble_pdf(std::vector<std::string>(static_cast<std::size_t>(pages), "0.9 g 50 50 495 742 re f\n"));
}

std::string render_html(std::string_view text, std::string_view title) {
    std::string body;
    bool in_list = false;
    for (const std::string& line : split_lines(text)) {
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        const bool item = line.starts_with("- ");
        if (item && !in_list) body += "<ul>\n";
        if (!item && in_list) body += "</ul>\n";
        in_list = item;
        body += item ? "  <li>" + escape_html(line.substr(2)) + "</li>\n" : "<p>" + escape_html(line) + "</p>\n";
    }
    if (in_list) body += "</ul>\n";
    return "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape_html(title) +
           "</title>\n<style>p { margin: 0 }</style>\n"
           "<script>var menu = \"Punkt 1: Forside\";</script>\n</head>\n<body>\n"
           "<header><a href=\"/\">Forside</a> <span>Søg i dagsordener og referater</span></header>\n"
           "<nav><ul><li><a href=\"/politik\">Politik</a></li><li><a href=\"/moeder\">Møder</a></li></ul></nav>\n"
           "<form action=\"/cookies\"><p>Vi bruger cookies</p><button>Accepter</button></form>\n"
           "<main>\n" + body + "</main>\n"
           "<aside><p>Se også: Beslutning om andet</p></aside>\n"
           "<footer><p>Kontakt &middot; Tilgængelighedserklæring</p></footer>\n"
           "<script>document.querySelector(\"nav\").hidden = false;</script>\n</body>\n</html>\n";
}

}  // namespace rs::test
