#include "schema/decision_text.hpp"

#include <gtest/gtest.h>

namespace rs::schema {
namespace {

AgendaItem item_with(std::vector<Section> sections) {
    AgendaItem item;
    item.sections = std::move(sections);
    return item;
}

TEST(DecisionText, TheBeslutningCollapsed) {
    const auto item = item_with({{section::sagsfremstilling, "", "Lang sag."},
                                 {section::beslutning, "", "Indstillingen blev\n\n  godkendt."}});
    EXPECT_EQ(decision_text(item), "Indstillingen blev godkendt.");
}

TEST(DecisionText, KonklusionWhenThereIsNoBeslutning) {
    EXPECT_EQ(decision_text(item_with({{section::konklusion, "", "Taget til efterretning."}})),
              "Taget til efterretning.");
    // An empty Beslutning does not hide the Konklusion.
    EXPECT_EQ(decision_text(item_with({{section::beslutning, "", "  "}, {section::konklusion, "", "Drøftet."}})),
              "Drøftet.");
}

TEST(DecisionText, EmptyForAnAgendaItem) {
    EXPECT_EQ(decision_text(item_with({{section::indstilling, "", "Det indstilles, at sagen godkendes."}})), "");
    EXPECT_EQ(decision_text(AgendaItem{}), "");
}

TEST(DecisionText, WholeSentencesThatFit) {
    const std::string first = "Styregruppen godkendte indstillingen om at fortsætte projektet i 2025.";
    std::string text = first + " " + first + " " + first + " " + first + " " + first;
    const auto out = decision_text(item_with({{section::beslutning, "", text}}));
    EXPECT_LE(out.size(), decision_text_bytes);
    EXPECT_TRUE(out.starts_with(first));
    EXPECT_EQ(out.back(), '.');
    EXPECT_EQ(out.size() % (first.size() + 1), first.size()) << "whole sentences only: " << out;
}

TEST(DecisionText, OneLongSentenceIsCutAtAWord) {
    std::string text;
    for (int i = 0; i < 80; ++i) text += "æøå ";
    const auto out = decision_text(item_with({{section::beslutning, "", text + "slut."}}));
    EXPECT_LE(out.size(), decision_text_bytes + std::string("…").size());
    EXPECT_TRUE(out.ends_with("æøå…")) << out;
}

}  // namespace
}  // namespace rs::schema
