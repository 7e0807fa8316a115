// Done-when of reading every format: a seed's PDF and web page renderings and its
// windows-1252 and UTF-16 copies give the same meeting, items, titles and decisions as
// its text file.

#include <filesystem>

#include <gtest/gtest.h>

#include "indexer/read/read_source.hpp"
#include "indexer/read_minutes.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/renderings.hpp"

namespace rs::test {
namespace {

struct Seed {
    std::string name;
    std::string text;
    std::string first_line;  // the running header and the page title
};

std::vector<Seed> seeds() {
    std::vector<Seed> out;
    for (const auto& entry : std::filesystem::directory_iterator(corpus_dir())) {
        if (entry.path().extension() != ".txt") continue;
        Seed seed{entry.path().filename().string(), read_file(entry.path()), ""};
        std::size_t at = seed.text.find_first_not_of(" \r\n\t\xEF\xBB\xBF");
        seed.first_line = seed.text.substr(at, seed.text.find('\n', at) - at);
        out.push_back(std::move(seed));
    }
    std::sort(out.begin(), out.end(), [](const Seed& a, const Seed& b) { return a.name < b.name; });
    return out;
}

void expect_same_minutes(const schema::Minutes& expected, const schema::Minutes& actual, const std::string& form) {
    SCOPED_TRACE(form);
    EXPECT_EQ(actual.meeting.cluster, expected.meeting.cluster);
    EXPECT_EQ(actual.meeting.body, expected.meeting.body);
    EXPECT_EQ(actual.meeting.forum, expected.meeting.forum);
    EXPECT_EQ(actual.meeting.date, expected.meeting.date);
    EXPECT_EQ(actual.meeting.kind, expected.meeting.kind);
    ASSERT_EQ(actual.items.size(), expected.items.size());
    for (std::size_t i = 0; i < expected.items.size(); ++i) {
        SCOPED_TRACE("item " + expected.items[i].id);
        EXPECT_EQ(actual.items[i].id, expected.items[i].id);
        EXPECT_EQ(actual.items[i].number, expected.items[i].number);
        EXPECT_EQ(actual.items[i].title, expected.items[i].title);
        EXPECT_EQ(actual.items[i].decisions, expected.items[i].decisions);
        EXPECT_EQ(actual.items[i].closed, expected.items[i].closed);
    }
}

TEST(FormatRenderings, EverySeedReadsTheSameInEveryForm) {
    const auto all = seeds();
    ASSERT_GE(all.size(), 5u);
    for (const auto& seed : all) {
        SCOPED_TRACE(seed.name);
        const schema::Minutes expected = indexer::read_minutes_text(seed.text, seed.name);
        ASSERT_FALSE(expected.items.empty());
        expect_same_minutes(expected, indexer::read_minutes_text(render_pdf(seed.text, seed.first_line), seed.name), "pdf");
        expect_same_minutes(expected, indexer::read_minutes_text(render_html(seed.text, seed.first_line), seed.name), "html");
        expect_same_minutes(expected, indexer::read_minutes_text(to_windows1252(seed.text), seed.name), "windows-1252");
        expect_same_minutes(expected, indexer::read_minutes_text(to_utf16(seed.text, true), seed.name), "utf-16le");
        expect_same_minutes(expected, indexer::read_minutes_text(to_utf16(seed.text, false), seed.name), "utf-16be");
    }
}

TEST(FormatRenderings, TheReaderIsChosenByContentNotByName) {
    const Seed seed = seeds().front();
    EXPECT_EQ(indexer::read_source(render_pdf(seed.text, seed.first_line), "referat.txt").reader, "pdf (poppler)");
    EXPECT_EQ(indexer::read_source(render_html(seed.text, seed.first_line), "referat").reader, "html (gumbo)");
    const auto text = indexer::read_source(to_windows1252(seed.text), "referat.pdf");
    EXPECT_EQ(text.reader, "text");
    EXPECT_EQ(text.encoding, "windows-1252");
    EXPECT_EQ(indexer::read_source(to_utf16(seed.text, false), "x").encoding, "UTF-16BE (BOM)");
}

}  // namespace
}  // namespace rs::test
