// What each reader refuses, with the reason, and what it removes on the way to text:
// garbage and empty files, UTF-16 without a BOM, damaged, encrypted and image-only PDFs,
// page furniture and hyphenation in PDFs, page furniture and declared charsets in HTML.

#include <fstream>
#include <random>

#include <gtest/gtest.h>

#include "indexer/read/html_reader.hpp"
#include "indexer/read/pdf_layout.hpp"
#include "indexer/read/read_source.hpp"
#include "indexer/read_minutes.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/renderings.hpp"

namespace rs::test {
namespace {

std::string reason_of(const std::string& bytes) {
    try {
        indexer::read_minutes_text(bytes, "input.txt");
    } catch (const indexer::ParseError& e) {
        EXPECT_EQ(e.file(), "input.txt");
        return e.reason();
    }
    return "(read)";
}

const std::string& seed_text() {
    static const std::string text = read_file(corpus_dir() / "000_89ab1bd39e62ef43.txt");
    return text;
}

TEST(ReadFormats, EmptyAndBinaryFilesAreRefusedWithTheReason) {
    EXPECT_EQ(reason_of(""), "the file is empty");
    std::mt19937 random(7);
    std::string noise(1 << 20, '\0');
    for (auto& c : noise) c = static_cast<char>(random() & 0xFF);
    EXPECT_NE(reason_of(noise).find("binary data"), std::string::npos) << reason_of(noise);
}

TEST(ReadFormats, Utf16WithoutAByteOrderMarkIsRefused) {
    const std::string with_bom = to_utf16(seed_text(), true);
    EXPECT_NE(reason_of(with_bom.substr(2)).find("UTF-16 text without a byte order mark"), std::string::npos);
}

TEST(ReadFormats, CprNumbersNeverReachTheItems) {
    const auto minutes = indexer::read_minutes_text(
        "REFERAT Sundhedsklynge Fyn - Politisk niveau d. 15-01-2020\n\n"
        "Punkt 1: Klage fra borger\nSagsfremstilling\nBorgeren med cpr.nr. 010203-1234 klager; "
        "også 0102031234 og 010203 1234 nævnes.\nBeslutning\nTaget til efterretning.\n",
        "cpr.txt");
    EXPECT_EQ(minutes.cpr_numbers_removed, 3u);
    ASSERT_EQ(minutes.items.size(), 1u);
    const std::string& text = minutes.items[0].sections.at(0).text;
    EXPECT_EQ(text.find("1234"), std::string::npos) << text;
    EXPECT_NE(text.find("[CPR-nummer]"), std::string::npos) << text;
}

TEST(ReadFormats, TruncatedDamagedAndImageOnlyPdfsAreRefusedWithTheReason) {
    const std::string pdf = render_pdf(seed_text(), "Referat");
    EXPECT_NE(reason_of(pdf.substr(0, pdf.size() / 2)).find("truncated PDF"), std::string::npos);
    EXPECT_NE(reason_of("%PDF-1.4\n" + std::string(2000, 'x') + "\n%%EOF\n").find("damaged"), std::string::npos);
    EXPECT_NE(reason_of(render_blank_pdf(3)).find("a PDF without text (3 pages"), std::string::npos);
}

TEST(ReadFormats, EncryptedPdfsAreRefusedWithTheReason) {
    // qpdf (a test dependency, scripts/install-deps.sh) encrypts the rendering with a password.
    TempDir dir;
    std::ofstream(dir.path() / "plain.pdf", std::ios::binary) << render_pdf(seed_text(), "Referat");
    const auto result = run_command("qpdf --encrypt hemmelig ejer 256 -- '" + (dir.path() / "plain.pdf").string() + "' '" +
                                    (dir.path() / "locked.pdf").string() + "'");
    ASSERT_EQ(result.status, 0) << result.output;
    EXPECT_NE(reason_of(read_file(dir.path() / "locked.pdf")).find("encrypted PDF"), std::string::npos);
}

indexer::PositionedLine line(std::string text, double top, double right = 500) {
    return {std::move(text), 50, right, top, top + 8};
}

TEST(PdfLayout, RunningHeadersAndPageNumbersGoWrappedLinesAndHyphenatedWordsJoin) {
    std::vector<indexer::PositionedPage> pages(3);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        pages[p].height = 842;
        pages[p].lines.push_back(line("Sundhedsklynge Fyn · Referat 12. marts 2025", 20, 300));
        pages[p].lines.push_back(line("Side " + std::to_string(p + 1) + " af 3", 820, 120));
    }
    // Between the furniture: a paragraph wrapped over two lines with a word hyphenated, an
    // elided compound ("social- og"), and a list.
    pages[1].lines.insert(pages[1].lines.begin() + 1,
                          {line("Udvalget drøftede samarbejdet med sundheds-", 60), line("klyngen og social-", 72),
                           line("og sundhedsudvalget om den nye aftale.", 84, 300), line("- første punkt", 108, 200),
                           line("- andet punkt", 120, 200)});
    indexer::LayoutCounts counts;
    const std::string text = indexer::layout_text(pages, counts);
    EXPECT_EQ(text,
              "Sundhedsklynge Fyn · Referat 12. marts 2025\n"  // kept on the first page: it may name the body
              "Udvalget drøftede samarbejdet med sundhedsklyngen og social- og sundhedsudvalget om den nye aftale.\n\n"
              "- første punkt\n- andet punkt");
    EXPECT_EQ(counts.furniture_lines, 5u);
    EXPECT_EQ(counts.hyphenations, 1u);
    EXPECT_EQ(counts.joined_lines, 2u);
}

TEST(HtmlReader, PageFurnitureIsDroppedEntitiesDecodedAndTheTitleComesFirst) {
    const auto page = indexer::read_source(render_html(seed_text(), "Referat - Sundhedsklynge Sønderjylland"), "page.html");
    EXPECT_EQ(page.reader, "html (gumbo)");
    EXPECT_TRUE(page.text.starts_with("Referat - Sundhedsklynge Sønderjylland\n\n")) << page.text.substr(0, 200);
    for (const char* furniture : {"Punkt 1: Forside", "Søg i dagsordener", "Politik", "cookies", "Se også", "Kontakt", "querySelector"})
        EXPECT_EQ(page.text.find(furniture), std::string::npos) << furniture;
    EXPECT_NE(page.text.find("Tværsektorielle indsatser på demensområdet"), std::string::npos);
}

TEST(HtmlReader, TheDeclaredCharsetIsHonoured) {
    // "€" is 0xA4 in ISO-8859-15 but "¤" in windows-1252: only the declaration tells.
    const std::string page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">"
                             "</head><body><p>Bevilling p\xE5 5 mio. \xA4</p></body></html>";
    EXPECT_EQ(indexer::declared_charset(page), "iso-8859-15");
    const auto text = indexer::read_source(page, "page.html");
    EXPECT_EQ(text.text, "Bevilling på 5 mio. €");
    EXPECT_EQ(text.encoding, "iso-8859-15");
    EXPECT_NE(reason_of("<!DOCTYPE html><html><head><script>x()</script></head><body><nav>Menu</nav></body></html>")
                  .find("without text"),
              std::string::npos);
}

}  // namespace
}  // namespace rs::test
