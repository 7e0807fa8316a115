#include <gtest/gtest.h>

#include "schema/ids.hpp"
#include "schema/text/unicode.hpp"

namespace rs::schema {
namespace {

TEST(Slug, FoldsDanishLettersTheDanishWay) {
    EXPECT_EQ(slug("Sundhedsklynge Lillebælt"), "sundhedsklynge-lillebaelt");
    EXPECT_EQ(slug("Sundhedsklynge Sønderjylland"), "sundhedsklynge-soenderjylland");
    EXPECT_EQ(slug("Gødstrupklyngen"), "goedstrupklyngen");
    EXPECT_EQ(slug("Århus"), "aarhus");
}

TEST(Slug, CollapsesEverythingElseToSingleDashes) {
    EXPECT_EQ(slug("  Fagligt strategisk -- niveau! "), "fagligt-strategisk-niveau");
    EXPECT_EQ(slug("Café Ü"), "cafe-u");
    EXPECT_EQ(slug("¤%&"), "");
}

TEST(ItemId, IsReadableStableAndUrlSafe) {
    Meeting meeting;
    meeting.cluster = "Sundhedsklynge Lillebælt";
    meeting.forum = "Fagligt strategisk niveau";
    meeting.date = "2024-03-01";
    AgendaItem item;
    item.number = 4;
    EXPECT_EQ(item_id(meeting, item), "sundhedsklynge-lillebaelt/fagligt-strategisk-niveau/2024-03-01/4");
    item.sub.push_back('a');  // not = "a": GCC 12 warns falsely (-Wrestrict) on that form here
    EXPECT_EQ(item_id(meeting, item), "sundhedsklynge-lillebaelt/fagligt-strategisk-niveau/2024-03-01/4a");
}

TEST(ItemId, NamesUnknownPartsSoTheKeyKeepsItsShape) {
    Meeting meeting;
    meeting.cluster = "Randersklyngen";
    EXPECT_EQ(meeting_key(meeting), "randersklyngen/ukendt/ukendt");
}

TEST(Unicode, DecodesWindows1252WhenNotUtf8) {
    EXPECT_EQ(to_utf8("Beslutning: godkendt"), "Beslutning: godkendt");
    EXPECT_EQ(to_utf8("\xEF\xBB\xBFHej"), "Hej");                 // BOM dropped
    EXPECT_EQ(to_utf8("L\xE6ged\xE6kning \x96 \xC5rhus"), "Lægedækning – Århus");  // windows-1252
    EXPECT_TRUE(is_valid_utf8("æøå"));
    EXPECT_FALSE(is_valid_utf8("\xE6\xF8"));
}

TEST(Unicode, NormalisesToComposedForms) {
    EXPECT_EQ(normalize_nfc("a\xCC\x8A"), "å");  // a + COMBINING RING ABOVE
    EXPECT_EQ(to_lower("ÆØÅ Sundhedsklynge"), "æøå sundhedsklynge");
}

}  // namespace
}  // namespace rs::schema
