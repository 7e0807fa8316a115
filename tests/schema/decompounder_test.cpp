#include "schema/analysis/decompounder.hpp"

#include <algorithm>

#include <gtest/gtest.h>

namespace rs::schema::analysis {
namespace {

bool has(const std::vector<std::string>& parts, const std::string& part) {
    return std::find(parts.begin(), parts.end(), part) != parts.end();
}

TEST(Decompounder, SplitsCompoundsWithAndWithoutLinkingLetters) {
    const auto hip = compound_parts("hoftebrudsforløb");
    EXPECT_TRUE(has(hip, "hoftebrud")) << ::testing::PrintToString(hip);
    EXPECT_TRUE(has(hip, "forløb")) << ::testing::PrintToString(hip);
    const auto back = compound_parts("lænderygbesvær");
    EXPECT_TRUE(has(back, "rygbesvær")) << ::testing::PrintToString(back);
    EXPECT_TRUE(has(back, "besvær")) << ::testing::PrintToString(back);
    EXPECT_TRUE(has(compound_parts("sundhedsklynge"), "klynge"));
}

TEST(Decompounder, LeavesPlainWordsAlone) {
    for (const char* word : {"kommunerne", "beslutning", "indstillingen", "demens", "orientering"})
        EXPECT_TRUE(compound_parts(word).empty()) << word << ": " << ::testing::PrintToString(compound_parts(word));
}

TEST(Decompounder, ReadsACompoundAsModifierAndHead) {
    const std::string word = "hoftebrudsforløb";
    const auto splits = compound_splits(word, compound_parts(word));
    const CompoundSplit expected{"hoftebrud", "forløb"};
    EXPECT_NE(std::find(splits.begin(), splits.end(), expected), splits.end()) << splits.size() << " splits";
    for (const auto& split : splits) {
        // Each reading gives the word back, with at most the linking letter between.
        const std::size_t rebuilt = split.modifier.size() + split.head.size();
        EXPECT_TRUE(rebuilt == word.size() || rebuilt + 1 == word.size()) << split.modifier << " | " << split.head;
        EXPECT_TRUE(word.starts_with(split.modifier) && word.ends_with(split.head));
    }
    EXPECT_TRUE(compound_splits("demens", compound_parts("demens")).empty());
}

}  // namespace
}  // namespace rs::schema::analysis
