// The links of the analysis chain that give a word's other forms: derived adjectives
// (derivations.hpp) and words written with an inner mark (joined_forms.hpp).

#include <gtest/gtest.h>

#include "schema/analysis/derivations.hpp"
#include "schema/analysis/joined_forms.hpp"

namespace rs::schema::analysis {
namespace {

using Words = std::vector<std::string>;

bool has(const Words& words, const std::string& word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

TEST(DerivedForms, AddTheAdjectiveSuffixesOfTheDataFile) {
    EXPECT_TRUE(has(derived_forms("økonomi"), "økonomisk"));
    EXPECT_TRUE(has(derived_forms("telemedicin"), "telemedicinsk"));
    EXPECT_TRUE(has(derived_forms("psykiatri"), "psykiatrisk"));
}

TEST(DerivedForms, LeaveShortAndAlreadyDerivedWordsAlone) {
    EXPECT_TRUE(derived_forms("bo").empty());
    EXPECT_TRUE(derived_forms("plan").empty()) << "shorter than shortest_derivable_word";
    EXPECT_FALSE(has(derived_forms("økonomisk"), "økonomisksk"));
}

TEST(JoinedForms, JoinWordsWrittenWithAnInnerMark) {
    EXPECT_EQ(joined_forms("Implementering af SAM:BO i Varde"), (Words{"sambo"}));
    EXPECT_EQ(joined_forms("e-sundhed og covid-19"), (Words{"esundhed", "covid19"}));
    EXPECT_EQ(joined_forms("a-b-c"), (Words{"abc"}));
    EXPECT_EQ(joined_forms("hjemme/udeboende"), (Words{"hjemmeudeboende"}));
}

TEST(JoinedForms, GiveAGenitiveItsWordAlone) {
    EXPECT_EQ(joined_forms("At OUH's erfaringer spredes"), (Words{"ouh"}));
    EXPECT_EQ(joined_forms("KOL\u2019s forløb"), (Words{"kol"}));
}

TEST(JoinedForms, LeaveMarksAtAWordsEdgeAndSpacedMarksAlone) {
    EXPECT_TRUE(joined_forms("social- og sundhedsudvalget").empty());
    EXPECT_TRUE(joined_forms("punkt 3 - orientering").empty());
    EXPECT_TRUE(joined_forms("-sundhed sundhed-").empty());
    EXPECT_TRUE(joined_forms("kl. 10:30 til 12").size() == 1) << "10:30 is written with a mark too: 1030";
    EXPECT_TRUE(joined_forms("ord -- ord").empty()) << "two marks are no join";
}

}  // namespace
}  // namespace rs::schema::analysis
