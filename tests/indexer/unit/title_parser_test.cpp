#include <gtest/gtest.h>

#include "indexer/parse/layout_patterns.hpp"
#include "indexer/parse/title_parser.hpp"

namespace rs::indexer {
namespace {

class Titles : public ::testing::Test {
protected:
    ParsedTitle parse(const std::string& raw) { return parser_.parse(raw); }
    LayoutPatterns patterns_ = LayoutPatterns::load();
    TitleParser parser_{patterns_.title};
};

TEST_F(Titles, RemovesPrefixAndTimeSlotKeepingThemAsFields) {
    auto t = parse("Beslutnings sag: Godkendelse af kompetenceinitiativer på børne- og ungeområdet (kl. 14:15 – 14:30)");
    EXPECT_EQ(t.title, "Godkendelse af kompetenceinitiativer på børne- og ungeområdet");
    EXPECT_EQ(t.type_marker, "Beslutnings sag");
    EXPECT_EQ(t.type, "beslutningssag");
    EXPECT_EQ(t.time_slot, "14:15-14:30");
    EXPECT_EQ(parse("Evaluering af ”Kom Trygt Hjem” (Kl. 15.15-16.00)").time_slot, "15:15-16:00");
    EXPECT_EQ(parse("SKRIFTLIG ORIENTERING: Justeret samarbejdsaftale").type, "skriftlig orientering");
    EXPECT_EQ(parse("Beslutningsag: Det nationale ledelsesprogram hold 3").type, "beslutningssag");
}

TEST_F(Titles, ReadsSuffixesClosedMarkersAndCaseNumbers) {
    auto suffix = parse("Budgetopfølgning (B)");
    EXPECT_EQ(suffix.title, "Budgetopfølgning");
    EXPECT_EQ(suffix.type, "beslutningssag");
    EXPECT_EQ(parse("Status på akutområdet (O)").type, "orienteringssag");
    auto closed = parse("LUKKET PUNKT - Personalesag");
    EXPECT_TRUE(closed.closed);
    EXPECT_EQ(closed.title, "Personalesag");
    EXPECT_TRUE(parse("Udbud af kørsel (Lukket)").closed);
    auto numbered = parse("Godkendelse af dagsorden - Sagsnr. 12/838");
    EXPECT_EQ(numbered.case_number, "12/838");
    EXPECT_EQ(numbered.title, "Godkendelse af dagsorden");
    auto meddelelse = parse("Meddelelse - Nyt fra sekretariatet");
    EXPECT_EQ(meddelelse.type, "orienteringssag");
    EXPECT_EQ(meddelelse.title, "Nyt fra sekretariatet");
}

TEST_F(Titles, TimeSlotsInEveryFormLeaveTheTitle) {
    struct Case {
        const char* raw;
        const char* title;
        const char* slot;
    };
    for (const Case& c : std::initializer_list<Case>{
             {"Status på akutområdet (14:00-14:45)", "Status på akutområdet", "14:00-14:45"},
             {"Status på akutområdet [kl. 14.00 – 14.45]", "Status på akutområdet", "14:00-14:45"},
             {"Status på akutområdet kl. 14-15", "Status på akutområdet", "14:00-15:00"},
             {"Status på akutområdet, kl. 9.30", "Status på akutområdet", "09:30"},
             {"Status på akutområdet 14.00 – 14.45", "Status på akutområdet", "14:00-14:45"},
             {"Status på akutområdet – 14:00 til 14:45", "Status på akutområdet", "14:00-14:45"},
         }) {
        const auto t = parse(c.raw);
        EXPECT_EQ(t.title, c.title) << c.raw;
        EXPECT_EQ(t.time_slot, c.slot) << c.raw;
    }
    EXPECT_EQ(parse("Budget 2025 version 2.30").title, "Budget 2025 version 2.30") << "a lone number is no slot";
    auto both = parse("Forebyggelsespakke om alkohol (kl. 15.10-15.40) (B)");
    EXPECT_EQ(both.title, "Forebyggelsespakke om alkohol");
    EXPECT_EQ(both.type, "beslutningssag");
    EXPECT_EQ(both.time_slot, "15:10-15:40");
    EXPECT_EQ(parse("Status [O]").type, "orienteringssag");
}

TEST_F(Titles, LeavesOrdinaryTitlesAlone) {
    EXPECT_EQ(parse("Orientering om godkendelse og tilslutning til nyt forløbsprogram").title,
              "Orientering om godkendelse og tilslutning til nyt forløbsprogram");
    EXPECT_EQ(parse("Orientering om godkendelse").type, "");
    EXPECT_EQ(parse("Velkomst v. Hanne Andersen").title, "Velkomst v. Hanne Andersen");
    EXPECT_EQ(parse("Orientering:").title, "Orientering");
}

TEST(Clock, NormalisesDanishTimes) {
    EXPECT_EQ(normalise_clock("14.00"), "14:00");
    EXPECT_EQ(normalise_clock("9"), "09:00");
    EXPECT_EQ(normalise_clock("25:00"), "");
}

}  // namespace
}  // namespace rs::indexer
