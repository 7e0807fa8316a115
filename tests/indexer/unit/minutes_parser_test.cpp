// The parse stage on small invented minutes, one behaviour each.
#include <gtest/gtest.h>

#include "indexer/parse/minutes_parser.hpp"
#include "indexer/read_minutes.hpp"

namespace rs::indexer {
namespace {

class Parser : public ::testing::Test {
protected:
    schema::Minutes parse(const std::string& text) { return parser_.parse(text, "test.txt", &trace_); }
    std::vector<std::string> titles(const schema::Minutes& m) {
        std::vector<std::string> out;
        for (const auto& item : m.items) out.push_back(std::to_string(item.number) + item.sub + " " + item.title);
        return out;
    }
    MinutesParser parser_;
    ParseTrace trace_;
};

TEST_F(Parser, SkipsANumberedContentsListWithoutPageNumbers) {
    auto m = parse(
        "Referat af møde i Klynge Nord\nMødedato: 3. februar 2026\n\nPunkter på dagsordenen\n"
        "1. Godkendelse af dagsorden\n2. Budget 2026\n3. Eventuelt\n\n"
        "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "2. Budget 2026\nSagsfremstilling\nBudgettet fremlægges.\nBeslutning\nGodkendt.\n\n"
        "3. Eventuelt\nBeslutning\nIntet.\n");
    EXPECT_EQ(titles(m), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Budget 2026", "3 Eventuelt"}));
    EXPECT_EQ(m.items[1].sections.size(), 2u);
}

TEST_F(Parser, NumberedRecommendationsAreNotItems) {
    auto m = parse(
        "Dagsorden for Sundhedsklynge Byen den 4. marts 2026\n\n"
        "1. Status på akutområdet\nIndstilling\nDet indstilles,\n1. at status tages til efterretning\n"
        "2. at sekretariatet arbejder videre\n3. at sagen genoptages\n4. at den sendes videre\n\n"
        "2. Eventuelt\n");
    ASSERT_EQ(m.items.size(), 2u);
    EXPECT_EQ(m.items[1].title, "Eventuelt");
    EXPECT_EQ(m.meeting.kind, "dagsorden");
    EXPECT_EQ(m.meeting.cluster, "Sundhedsklynge Byen");
    EXPECT_EQ(m.meeting.region, "Region Hovedstaden");
}

TEST_F(Parser, RunOnNumbersAndSubItems) {
    auto m = parse(
        "Referat\nKlynge Syd – Politisk niveau\n12. maj 2026 kl. 15.00\nHobro og Mariagerfjord Kommune\n\n"
        "Pkt. 49 Godkendelse af dagsorden\nBeslutning: Godkendt\n"
        "Pkt. 50 Økonomi\nBeslutning: Taget til efterretning\n"
        "Pkt. 50 a Klyngemidler\nBeslutning: Godkendt\n"
        "Pkt. 50 b Puljen\nBeslutning: Udsat\n"
        "Pkt. 51 Eventuelt\n");
    EXPECT_EQ(titles(m), (std::vector<std::string>{"49 Godkendelse af dagsorden", "50 Økonomi", "50a Klyngemidler",
                                                  "50b Puljen", "51 Eventuelt"}));
    EXPECT_EQ(m.items[3].sections.at(0).text, "Udsat");
    EXPECT_EQ(m.meeting.forum, "Politisk niveau");
}

TEST_F(Parser, CaseNumbersBeforeOrAfterTheHeadingAndClosedItems) {
    auto m = parse(
        "Referat – Sundhedsklynge Holbæk – 2. juni 2026\n\n"
        "Sagsnr.: 330-2020-164\n1. Samarbejdsaftale\nBeslutning\nGodkendt.\n\n"
        "2. Genoptræning\nSagsnr.: 12/838\nBeslutning\nDrøftet.\n\n"
        "3. LUKKET PUNKT - Personalesag\nBeslutning\nGodkendt.\n\n"
        "4. Udbud\nLukket\nBeslutning\nGodkendt.\n");
    ASSERT_EQ(m.items.size(), 4u);
    EXPECT_EQ(m.items[0].case_number, "330-2020-164");
    EXPECT_EQ(m.items[1].case_number, "12/838");
    EXPECT_FALSE(m.items[1].closed);
    EXPECT_TRUE(m.items[2].closed);
    EXPECT_EQ(m.items[2].title, "Personalesag");
    EXPECT_TRUE(m.items[3].closed);
}

TEST_F(Parser, RegionDecidesBetweenBodiesSharingAShortName) {
    auto north = parse("Referat Klynge Midt d. 01-02-2026\nAalborg Kommune, Region Nordjylland\n\n"
                       "Punkt 1: Velkomst\n");
    EXPECT_EQ(north.meeting.cluster, "Klynge Midt");
    EXPECT_EQ(north.meeting.region, "Region Nordjylland");
    auto capital = parse("Referat Sundhedsklynge Midt d. 01-02-2026\nHerlev Hospital og Gladsaxe Kommune\n\n"
                         "Punkt 1: Velkomst\n");
    EXPECT_EQ(capital.meeting.cluster, "Sundhedsklynge Midt");
    EXPECT_EQ(capital.meeting.region, "Region Hovedstaden");
    auto unknown = parse("Referat fra møde i Sundhedsråd Vendsyssel torsdag den 11. februar 2027 kl. 14.00-16.00, "
                         "Hjørring Rådhus\n\n1. Velkomst\n");
    EXPECT_EQ(unknown.meeting.cluster, "Sundhedsråd Vendsyssel");
    EXPECT_EQ(unknown.meeting.region, "Region Nordjylland");
    EXPECT_EQ(unknown.meeting.place, "Hjørring Rådhus");
    EXPECT_EQ(unknown.meeting.start_time, "14:00");
    EXPECT_EQ(unknown.meeting.end_time, "16:00");
}

TEST_F(Parser, RemovesPageFurnitureAndMendsHyphenation) {
    auto m = parse(
        "Referat Sundhedsklynge Fyn 3. marts 2026\n\n"
        "Punkt 1: Genoptræning\nS A G S F R E M S T I L L I N G\nDer er behov for en be-\nhandling af sagen "
        "og børne-\nog ungeområdet.\nSide 2 af 5\nReferat Sundhedsklynge Fyn 3. marts 2026\n"
        "Gå til indhold\nB E S L U T N I N G\nGodkendt.\n"
        "Punkt 2: Eventuelt\nReferat Sundhedsklynge Fyn 3. marts 2026\n");
    ASSERT_EQ(m.items.size(), 2u);
    ASSERT_EQ(m.items[0].sections.size(), 2u);
    EXPECT_EQ(m.items[0].sections[0].text, "Der er behov for en behandling af sagen og børne- og ungeområdet.");
    EXPECT_EQ(m.items[0].sections[1].name, "Beslutning");
    EXPECT_EQ(m.items[0].sections[1].text, "Godkendt.");
    EXPECT_TRUE(m.items[1].sections.empty());
}

TEST_F(Parser, TitleOnTheLineAfterTheNumberAndWrappedTitles) {
    auto m = parse("Dagsorden Sundhedsklynge Køge 5. maj 2026\n\nPunkt 1\nGodkendelse af dagsorden\n\n"
                   "Punkt 2: Orientering om det tværsektorielle samarbejde om borgere med\n"
                   "psykiske lidelser\nSagsfremstilling\nTekst.\n");
    ASSERT_EQ(m.items.size(), 2u);
    EXPECT_EQ(m.items[0].title, "Godkendelse af dagsorden");
    EXPECT_EQ(m.items[1].title, "Orientering om det tværsektorielle samarbejde om borgere med psykiske lidelser");
}

TEST_F(Parser, AdHeadingsWithOrWithoutPkt) {
    auto m = parse("Beslutningsprotokol, Klynge Hobro 1. juni 2026\n\nAd pkt. 1 Godkendelse af dagsorden\nGodkendt.\n\n"
                   "Ad pkt. 2 Budget\nBeslutning: Udsat.\n\nAd 3. Eventuelt\nIntet.\n");
    EXPECT_EQ(titles(m), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Budget", "3 Eventuelt"}));
    EXPECT_EQ(m.meeting.cluster, "Klynge Syd");
    EXPECT_EQ(m.meeting.kind, "referat");
}

TEST(Analyser, ReadsTheDecisionOfItemsWithoutSectionHeadings) {
    auto m = read_minutes_text("Beslutningsprotokol, Klynge Hobro 1. juni 2026\n\nAd 1. Godkendelse af dagsorden\n"
                               "Godkendt.\n\nAd 2. Budget\nSagsfremstilling\nBudgettet godkendes.\n",
                               "protokol.txt");
    ASSERT_EQ(m.items.size(), 2u);
    EXPECT_EQ(m.items[0].decisions, std::vector<std::string>{"godkendt"});
    EXPECT_TRUE(m.items[1].decisions.empty());  // a Sagsfremstilling is no decision
}

TEST_F(Parser, RefusesFilesWithoutAgendaStructure) {
    try {
        parse("Kære alle\n\nHermed en kort orientering om sommerferien.\n\nMed venlig hilsen\nSekretariatet\n");
        FAIL() << "a letter is not minutes";
    } catch (const ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("test.txt"), std::string::npos) << e.what();
        EXPECT_NE(e.reason().find("no agenda items"), std::string::npos) << e.reason();
    }
}

TEST_F(Parser, RefusesOneItemSwallowingALongFile) {
    std::string text = "Referat Sundhedsklynge Fyn 3. marts 2026\n\nPunkt 1: Status\n";
    for (int i = 0; i < 400; ++i) text += "Linje " + std::to_string(i) + " af en lang tekst uden struktur\n";
    EXPECT_THROW(parse(text), ParseError);
}

TEST_F(Parser, ExplainsEveryLine) {
    parse("REFERAT Sundhedsklynge Vest d. 12-03-2025\n\nIndholdsfortegnelse\nVelkomst.....\t3\n\n"
          "Punkt 1: Velkomst\nBeslutning\nGodkendt\n");
    std::vector<std::string> kinds;
    for (const auto& line : trace_.lines)
        if (line.kind != LineKind::blank) kinds.push_back(to_string(line.kind));
    EXPECT_EQ(kinds, (std::vector<std::string>{"header", "contents", "contents_entry", "item", "section", "text"}));
    EXPECT_EQ(trace_.family, "punkt");
}

}  // namespace
}  // namespace rs::indexer

namespace rs::indexer {
namespace {

TEST(ParserNumbers, ItemsPastNineHundredNinetyNineAreReadInFull) {
    std::string text = "Referat af møde i Sundhedsudvalget den 3. marts 2025\n\n";
    for (int n = 1; n <= 1100; ++n) text += std::to_string(n) + ". Sag " + std::to_string(n) + "\nBeslutning\nGodkendt.\n\n";
    MinutesParser parser;
    const auto minutes = parser.parse(text, "many.txt");
    ASSERT_EQ(minutes.items.size(), 1100u) << "no silent stop at 999";
    EXPECT_EQ(minutes.items[999].number, 1000);
    EXPECT_EQ(minutes.items.back().number, 1100);
    EXPECT_EQ(minutes.items.back().title, "Sag 1100");
}

TEST(ParserNumbers, RunOnNumbersAboveAThousandAndYearsAreNoItems) {
    MinutesParser parser;
    const auto minutes = parser.parse(
        "Referat af møde i Sundhedsudvalget den 3. marts 2025\n\n"
        "Pkt. 1021 Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
        "Pkt. 1022 Budget 2025\nSagsfremstilling\n2025 Budgettet fremlægges med tre modeller.\nBeslutning\nGodkendt.\n\n"
        "Pkt. 1023 Eventuelt\nBeslutning\nIntet.\n",
        "runon.txt");
    ASSERT_EQ(minutes.items.size(), 3u);
    EXPECT_EQ(minutes.items[0].number, 1021);
    EXPECT_EQ(minutes.items[2].number, 1023);
    EXPECT_EQ(minutes.items[1].title, "Budget 2025");
}

}  // namespace
}  // namespace rs::indexer

namespace rs::indexer {
namespace {

TEST(ParserDecisionHeadings, NameTheBodyAndGiveTheDateWhenTheHeaderHasNone) {
    MinutesParser parser;
    ParseTrace trace;
    const auto minutes = parser.parse(
        "Referat\nPsykiatriudvalget\n\n"
        "Punkt 1: Godkendelse af dagsorden\nPsykiatriudvalget, 14. januar 2025, pkt. 1\nGodkendt.\n\n"
        "Punkt 2: Budget\nIndstilling\nDet indstilles, at budgettet godkendes.\n"
        "Beslutning i Psykiatriudvalget den 14. januar 2025\nGodkendt.\n",
        "pdf.txt", &trace);
    EXPECT_EQ(minutes.meeting.date, "2025-01-14");
    EXPECT_EQ(minutes.meeting.cluster, "");
    EXPECT_TRUE(minutes.meeting.body.starts_with("Psykiatriudvalget")) << minutes.meeting.body;
    ASSERT_EQ(minutes.items.size(), 2u);
    ASSERT_FALSE(minutes.items[0].sections.empty());
    EXPECT_EQ(minutes.items[0].sections[0].name, "Beslutning") << "the heading is the item's Beslutning";
    bool said = false;
    for (const auto& warning : trace.warnings) said = said || warning.find("decision heading") != std::string::npos;
    EXPECT_TRUE(said) << "the parse says where the date came from";
}

TEST(ParserPdf, APageNumberGluedToAnItemHeadingIsCut) {
    MinutesParser parser;
    const auto minutes = parser.parse(
        "Referat Sundhedsklynge Fyn - Politisk niveau d. 15-01-2020\n\n"
        "Punkt 1: Godkendelse af dagsorden\nBeslutning\nGodkendt.\nSide 1 af 2\n"
        "2Punkt 2: Status på akutområdet\nBeslutning\nTaget til efterretning.\n",
        "glued.txt");
    ASSERT_EQ(minutes.items.size(), 2u);
    EXPECT_EQ(minutes.items[1].number, 2);
    EXPECT_EQ(minutes.items[1].title, "Status på akutområdet");
}

}  // namespace
}  // namespace rs::indexer

namespace rs::indexer {
namespace {

TEST(ParserBodies, UnlistedCommitteesAreReadByTheFormOfTheirName) {
    MinutesParser parser;
    const auto a = parser.parse(
        "Referat fra mødet i Udvalget for Sundhed og Forebyggelse, Kolding Kommune\nMødedato: 6. maj 2025\n\n"
        "Punkt 1: Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\nPunkt 2: Eventuelt\nBeslutning\nIntet.\n",
        "a.txt");
    EXPECT_EQ(a.meeting.body, "Udvalget for Sundhed og Forebyggelse, Kolding Kommune");
    EXPECT_EQ(a.meeting.municipality, "Kolding Kommune");
    EXPECT_EQ(a.meeting.cluster, "");
    EXPECT_EQ(a.meeting.forum, "") << "a committee has no forum, and none is inferred";
    const auto b = parser.parse(
        "Silkeborg Kommune\nBørne- og Ungeudvalget - Referat\nMødedato: 7. maj 2025\n\n"
        "Punkt 1: Mistrivsel blandt unge\nBeslutning\nDrøftet.\n\nPunkt 2: Eventuelt\nBeslutning\nIntet.\n",
        "b.txt");
    EXPECT_EQ(b.meeting.body, "Børne- og Ungeudvalget, Silkeborg Kommune");
    EXPECT_EQ(b.meeting.region, "Region Midtjylland");
}

TEST(ParserBodies, ACommitteeMentionedInAClustersTextIsNotItsBody) {
    MinutesParser parser;
    const auto m = parser.parse(
        "REFERAT Sundhedsklynge Lillebælt - Fagligt strategisk niveau d. 01-03-2024\n\n"
        "Punkt 1: Status\nSagsfremstilling\nSagen har været behandlet i Sundhedsudvalget i Vejle Kommune.\n"
        "Beslutning\nSagen sendes til Psykiatriudvalget.\n\nPunkt 2: Eventuelt\nBeslutning\nIntet.\n",
        "c.txt");
    EXPECT_EQ(m.meeting.body, "Sundhedsklynge Lillebælt");
    EXPECT_EQ(m.meeting.cluster, "Sundhedsklynge Lillebælt");
    EXPECT_EQ(m.meeting.forum, "Fagligt strategisk niveau");
}

}  // namespace
}  // namespace rs::indexer
