#include <gtest/gtest.h>

#include "indexer/parse/markup_cleaner.hpp"

namespace rs::indexer {
namespace {

std::string clean(const std::string& raw) {
    MarkupCleaner cleaner;
    return cleaner.clean_line(raw, 1).text;
}

TEST(MarkupCleaner, RemovesHtmlTagsAndDecodesEntities) {
    EXPECT_EQ(clean("<i>Teoretisk undervisning</i>\t<i>4 timer</i>"), "Teoretisk undervisning 4 timer");
    EXPECT_EQ(clean("Viden om lidelser &lt; og &amp; &aelig;&oslash;&aring; &#230;&#xF8;"), "Viden om lidelser < og & æøå æø");
    EXPECT_EQ(clean("Ukendt &E og &foo; bliver"), "Ukendt &E og &foo; bliver");
    EXPECT_EQ(clean("&lt;b&gt;tekst&lt;/b&gt;"), "<b>tekst</b>");  // escaped markup is text, not markup
}

TEST(MarkupCleaner, ReadsMarkdownHeadingsAndBold) {
    MarkupCleaner cleaner;
    auto heading = cleaner.clean_line("## **Punkt 1: Velkomst (kl. 13:30-13:35)**", 7);
    EXPECT_EQ(heading.text, "Punkt 1: Velkomst (kl. 13:30-13:35)");
    EXPECT_EQ(heading.heading_level, 2);
    EXPECT_TRUE(heading.emphasized);
    EXPECT_EQ(heading.number, 7);
    auto bold = cleaner.clean_line("**Mødedato** Fredag d. 01. marts 2024", 1);
    EXPECT_EQ(bold.text, "Mødedato Fredag d. 01. marts 2024");
    EXPECT_FALSE(bold.emphasized);
    EXPECT_EQ(clean("#### *Spor 1: Tværsektoriel implementeringsgruppe*"), "Spor 1: Tværsektoriel implementeringsgruppe");
}

TEST(MarkupCleaner, KeepsLinkTextAndDropsTargets) {
    EXPECT_EQ(clean("se ([www.sst.dk](http://www.sst.dk)) og [kl.dk: Økonomi](#) her"),
              "se (www.sst.dk) og kl.dk: Økonomi her");
    EXPECT_EQ(clean("### [Samarbejde om IV-behandling \\(regionsyddanmark.dk\\)](#)"),
              "Samarbejde om IV-behandling (regionsyddanmark.dk)");
    EXPECT_EQ(clean("- <https://ugeskriftet.dk/nyhed/x>"), "- https://ugeskriftet.dk/nyhed/x");
}

TEST(MarkupCleaner, RemovesTablePipesAndRules) {
    EXPECT_EQ(clean("| at | dagsorden godkendes |"), "at dagsorden godkendes");
    EXPECT_EQ(clean("|---|:---:|"), "");
}

TEST(MarkupCleaner, JoinsLetterSpacedHeadings) {
    MarkupCleaner cleaner;
    auto line = cleaner.clean_line("B E S L U T N I N G", 1);
    EXPECT_EQ(line.text, "BESLUTNING");
    EXPECT_TRUE(line.letter_spaced);
    EXPECT_EQ(clean("S A G E N S  K E R N E"), "SAGENS KERNE");
    EXPECT_EQ(clean("I alt 4 timer"), "I alt 4 timer");
    EXPECT_EQ(clean("a b"), "a b");  // too short to be a spaced word
}

TEST(MarkupCleaner, SplitsAnyLineEnding) {
    MarkupCleaner cleaner;
    auto lines = cleaner.clean_lines("a\r\nb\rc\nd");
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[2].text, "c");
    EXPECT_EQ(lines[3].number, 4);
}

}  // namespace
}  // namespace rs::indexer
