#include "indexer/read/pdf_reader.hpp"

#include <climits>
#include <cmath>
#include <memory>
#include <mutex>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include "indexer/parse_error.hpp"
#include "indexer/read/pdf_layout.hpp"

namespace rs::indexer {

namespace {

/// The end-of-file marker must lie within this many bytes of the end.
constexpr std::size_t eof_window = 1024;

// A one-page PDF with nothing on it (byte offsets in its xref table are exact).
constexpr std::string_view empty_pdf =
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 1 1]>>endobj\nxref\n0 4\n0000000000 65535 f \n"
    "0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\n"
    "startxref\n160\n%%EOF\n";

// Once per process:
// - poppler writes its complaints about damaged files to stderr; the reason a file is
//   refused goes to the build report instead;
// - poppler-cpp builds its global tables (character names, encodings, fonts) when the
//   first open document appears and frees them when the last one closes, so reading
//   files one after another rebuilt them for each: two thirds of the time for a small
//   PDF (1.34 -> 0.44 ms per 2-page file). One empty document held open for the life of
//   the process keeps them.
void prepare_poppler() {
    static std::once_flag once;
    std::call_once(once, [] {
        poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
        static const std::unique_ptr<poppler::document> keeps_tables_loaded(
            poppler::document::load_from_raw_data(empty_pdf.data(), static_cast<int>(empty_pdf.size())));
    });
}

std::string utf8(const poppler::ustring& text) {
    const poppler::byte_array bytes = text.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

// Word boxes → lines: a box whose vertical middle lies within the current line's band
// and that starts to its right continues the line.
PositionedPage read_page(const poppler::page& page) {
    PositionedPage out;
    out.height = page.page_rect().height();
    PositionedLine* line = nullptr;
    bool space_pending = false;
    for (const poppler::text_box& box : page.text_list()) {
        const poppler::rectf r = box.bbox();
        const std::string word = utf8(box.text());
        if (word.empty()) continue;
        const double middle = r.y() + r.height() / 2;
        const bool same_line = line != nullptr && middle >= line->top && middle <= line->bottom &&
                               r.x() >= line->right - r.height() * 0.5;
        if (!same_line) {
            out.lines.push_back({word, r.x(), r.x() + r.width(), r.y(), r.y() + r.height()});
            line = &out.lines.back();
        } else {
            if (space_pending) line->text.push_back(' ');
            line->text.append(word);
            line->right = r.x() + r.width();
            line->top = std::min(line->top, r.y());
            line->bottom = std::max(line->bottom, r.y() + r.height());
        }
        space_pending = box.has_space_after();
    }
    return out;
}

}  // namespace

SourceText read_pdf(std::string_view bytes, const std::string& source) {
    prepare_poppler();
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw ParseError(source, 0, "a PDF larger than 2 GB");
    // poppler rebuilds a truncated file from what is left and would read its first pages
    // as if they were all; a PDF ends with %%EOF (give or take trailing bytes).
    if (bytes.substr(bytes.size() > eof_window ? bytes.size() - eof_window : 0).find("%%EOF") == std::string_view::npos)
        throw ParseError(source, 0, "a truncated PDF (it does not end with %%EOF): save or download it again");
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document)
        throw ParseError(source, 0, "a damaged or truncated PDF that cannot be opened: save or download it again");
    if (document->is_locked())
        throw ParseError(source, 0, "an encrypted PDF that needs a password: save a copy without protection");
    const int page_count = document->pages();
    if (page_count <= 0) throw ParseError(source, 0, "a PDF without pages");
    std::vector<PositionedPage> pages;
    std::size_t words = 0;
    for (int i = 0; i < page_count; ++i) {
        std::unique_ptr<poppler::page> page(document->create_page(i));
        if (!page) continue;
        pages.push_back(read_page(*page));
        for (const auto& line : pages.back().lines) words += line.text.empty() ? 0 : 1;
    }
    if (words == 0)
        throw ParseError(source, 0,
                         "a PDF without text (" + std::to_string(page_count) +
                             " pages of images, e.g. scanned): run text recognition (OCR) on it first");
    LayoutCounts counts;
    SourceText out{layout_text(std::move(pages), counts), SourceFormat::pdf, "pdf (poppler)",
                   "PDF text, " + std::to_string(page_count) + " pages", {}};
    out.notes.push_back(std::to_string(counts.furniture_lines) + " running header, footer and page number lines removed");
    out.notes.push_back(std::to_string(counts.joined_lines) + " wrapped lines joined into their paragraphs, " +
                        std::to_string(counts.hyphenations) + " hyphenated words joined");
    return out;
}

}  // namespace rs::indexer
