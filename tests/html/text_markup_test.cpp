#include "searchd/html/text_markup.hpp"

#include <gtest/gtest.h>

namespace rs::html {
namespace {

TEST(HtmlEscape, EveryCharacterThatCanBreakOut) {
    EXPECT_EQ(html_escape("<script>\"a\" & 'b'</script>"),
              "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;");
}

TEST(MarkedHtml, MarksWholeWordsCaseInsensitively) {
    EXPECT_EQ(marked_html("Hoftebrud og hoftebrudsforløb, hoftebrud.", {"hoftebrud"}),
              "<mark>Hoftebrud</mark> og hoftebrudsforløb, <mark>hoftebrud</mark>.");
    EXPECT_EQ(marked_html("Ældre <b>ældre</b>", {"ældre"}),
              "<mark>Ældre</mark> &lt;b&gt;<mark>ældre</mark>&lt;/b&gt;");
    EXPECT_EQ(marked_html("x \" onmouseover=\"y", {"onmouseover"}), "x &quot; <mark>onmouseover</mark>=&quot;y");
}

TEST(SectionHtml, ParagraphsListsAndSubheadings) {
    const std::string text =
        "Baggrund\n\nEt LKT er et netværk.\nNy linje.\n\n1. Tager oplægget til efterretning og\n2. Drøfter sagen\n\n"
        "- en\n- to\n\n3. Tredje punkt\n4. Fjerde punkt";
    EXPECT_EQ(section_html(text, {}),
              "<h3>Baggrund</h3>\n"
              "<p>Et LKT er et netværk.<br>Ny linje.</p>\n"
              "<ol><li value=\"1\">Tager oplægget til efterretning og</li><li value=\"2\">Drøfter sagen</li></ol>\n"
              "<ul><li>en</li><li>to</li></ul>\n"
              "<ol><li value=\"3\">Tredje punkt</li><li value=\"4\">Fjerde punkt</li></ol>\n");
}

TEST(SectionHtml, ALastShortLineIsAParagraphAndMixedLinesAreNoList) {
    EXPECT_EQ(section_html("Godkendt", {}), "<p>Godkendt</p>\n");
    EXPECT_EQ(section_html("1. punkt\nog mere tekst", {}), "<p>1. punkt<br>og mere tekst</p>\n");
}

TEST(SectionHtml, HostileTextStaysText) {
    const std::string html = section_html("<script>alert(1)</script>\n\n<a href=\"javascript:alert(1)\">x</a>", {"alert"});
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<a "), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;"), std::string::npos) << html;
}

}  // namespace
}  // namespace rs::html
