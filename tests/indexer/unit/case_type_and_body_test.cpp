#include <gtest/gtest.h>

#include "indexer/analyse/case_type_classifier.hpp"
#include "indexer/parse/body_directory.hpp"
#include "indexer/parse/forum_directory.hpp"

namespace rs::indexer {
namespace {

schema::AgendaItem item_with(const std::string& title, const std::string& indstilling) {
    schema::AgendaItem item;
    item.title = title;
    if (!indstilling.empty()) item.sections.push_back({"Indstilling", "Indstilling", indstilling});
    return item;
}

TEST(CaseTypes, FromTheIndstillingsVerbsWhenTheTitleNamesNone) {
    auto classifier = CaseTypeClassifier::load();
    auto decide = [&](const std::string& title, const std::string& indstilling) {
        auto item = item_with(title, indstilling);
        classifier.classify(item);
        return item.type;
    };
    EXPECT_EQ(decide("Budget", "Det indstilles, at klyngen godkender budgettet"), "beslutningssag");
    EXPECT_EQ(decide("Status", "Det indstilles, at\n- Drøfter udkastet\n- Beslutter videre proces"), "beslutningssag");
    EXPECT_EQ(decide("Status", "Det indstilles, at status tages til efterretning og drøftes"), "drøftelsessag");
    EXPECT_EQ(decide("Status", "Det indstilles, at orienteringen tages til efterretning"), "orienteringssag");
    EXPECT_EQ(decide("Status", ""), "");
}

TEST(CaseTypes, ProceduralTitles) {
    auto classifier = CaseTypeClassifier::load();
    for (const char* title : {"Velkomst v. Hanne Andersen", "Godkendelse af dagsorden", "Eventuelt", "Eventuell",
                              "PAUSE", "Mødeplan 2024", "Sager til kommende møder", "Mødedeltagere"}) {
        auto item = item_with(title, "Det indstilles, at dagsordenen godkendes");
        classifier.classify(item);
        EXPECT_TRUE(item.procedural) << title;
        EXPECT_EQ(item.type, "procedurepunkt") << title;
    }
    auto substantive = item_with("Evaluering af Kom Trygt Hjem", "");
    classifier.classify(substantive);
    EXPECT_FALSE(substantive.procedural);
    auto named = item_with("Godkendelse af dagsorden", "");
    named.type = "beslutningssag";  // a prefix in the title named it: that stays
    classifier.classify(named);
    EXPECT_EQ(named.type, "beslutningssag");
}

TEST(ClusterAliases, CanonicalNamesWhateverTheSpelling) {
    auto bodies = BodyDirectory::load();
    const RegionEvidence none;
    for (const auto& [line, name] : std::vector<std::pair<std::string, std::string>>{
             {"REFERAT Randersklyngen d. 03-05-2024", "Randersklyngen"},
             {"Referat – Randers-klyngen", "Randersklyngen"},
             {"Sundhedsklynge Lillebaelt, FSN", "Sundhedsklynge Lillebælt"},
             {"mødet i sundhedsklynge sønderjylland-politisk niveau", "Sundhedsklynge Sønderjylland"},
             {"Gødstrup-klyngen – Faglig strategisk gruppe", "Gødstrupklyngen"},
             {"Sundhedsrådet Limfjorden", "Sundhedsråd Limfjorden"}}) {
        auto found = bodies.find_in_line(line, none);
        ASSERT_TRUE(found) << line;
        EXPECT_EQ(found->name, name) << line;
    }
    EXPECT_FALSE(bodies.find_in_line("Hærvejsklyngen holder møde", none));
    EXPECT_FALSE(bodies.find_in_line("Region Nordjylland", none));
}

TEST(ClusterAliases, TheRegionDecidesBetweenSharedNames) {
    auto bodies = BodyDirectory::load();
    auto north = bodies.region_evidence("Aalborg Kommune, Region Nordjylland, Brønderslev");
    auto capital = bodies.region_evidence("Herlev Hospital, Gladsaxe Kommune");
    auto west_jutland = bodies.region_evidence("Herning Kommune, Holstebro Kommune, Regionshospitalet Gødstrup");
    EXPECT_EQ(BodyDirectory::likeliest_region(north), "Region Nordjylland");
    EXPECT_EQ(bodies.find_in_line("Sundhedsklynge Midt", north)->name, "Klynge Midt");
    EXPECT_EQ(bodies.find_in_line("Sundhedsklynge Midt", capital)->name, "Sundhedsklynge Midt");
    EXPECT_EQ(bodies.find_in_line("Klynge Vest", north)->name, "Sundhedsklynge Vest");
    EXPECT_EQ(bodies.find_in_line("Klynge Vest", west_jutland)->name, "Gødstrupklyngen");
    EXPECT_EQ(bodies.canonical_region("Syddanmark"), "Region Syddanmark");
}

TEST(Forums, NamedOrInferred) {
    auto forums = ForumDirectory::load();
    EXPECT_EQ(forums.find_in_line("REFERAT Koordinationsforum - Sundhedsklynge Sydvestjylland"), "Koordinationsforum");
    EXPECT_EQ(forums.find_in_line("Sundhedsklynge Vest Fagligt Strategisk Niveau"), "Fagligt strategisk niveau");
    EXPECT_EQ(forums.find_in_line("Møde i FSN"), "Fagligt strategisk niveau");
    EXPECT_EQ(forums.find_in_line("fsn er ikke en forkortelse her"), "");
    EXPECT_EQ(forums.infer("Torben Hansen, borgmester\nLars Storgaard, borgmester\nregionsrådsmedlem"), "Politisk niveau");
    EXPECT_EQ(forums.infer("Ingen roller nævnt"), "");
}

}  // namespace
}  // namespace rs::indexer
