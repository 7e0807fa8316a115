// What the indexer refuses to read as text, and the encodings it reads.

#include <random>

#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include "indexer/read_minutes.hpp"
#include "tests/support/paths.hpp"

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

std::string utf16le(const std::string& utf8, bool bom) {
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
    std::string out = bom ? "\xFF\xFE" : "";
    for (int32_t i = 0; i < text.length(); ++i) {
        const char16_t unit = text.charAt(i);
        out.push_back(static_cast<char>(unit & 0xFF));
        out.push_back(static_cast<char>(unit >> 8));
    }
    return out;
}

TEST(DecodeText, EmptyAndBinaryFilesAreRefusedWithTheReason) {
    EXPECT_EQ(reason_of(""), "the file is empty");
    std::mt19937 random(7);
    std::string noise(1 << 20, '\0');
    for (auto& c : noise) c = static_cast<char>(random() & 0xFF);
    EXPECT_NE(reason_of(noise).find("binary data"), std::string::npos) << reason_of(noise);
}

TEST(DecodeText, Utf16WithABomReadsLikeItsUtf8) {
    const std::string seed = read_file(corpus_dir() / "000_89ab1bd39e62ef43.txt");
    const auto plain = indexer::read_minutes_text(seed, "seed.txt");
    const auto wide = indexer::read_minutes_text(utf16le(seed, true), "seed.txt");
    ASSERT_EQ(wide.items.size(), plain.items.size());
    for (std::size_t i = 0; i < plain.items.size(); ++i) {
        EXPECT_EQ(wide.items[i].title, plain.items[i].title);
        EXPECT_EQ(wide.items[i].decisions, plain.items[i].decisions);
    }
    EXPECT_EQ(wide.meeting.body, plain.meeting.body);
    EXPECT_NE(reason_of(utf16le(seed, false)).find("UTF-16 text without a byte order mark"), std::string::npos);
}

TEST(DecodeText, CprNumbersNeverReachTheItems) {
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

}  // namespace
}  // namespace rs::test
