// The index layout helpers the indexer and searchd share: terms, facet values, stored data.
#include <gtest/gtest.h>

#include "schema/document_data.hpp"
#include "schema/facet_values.hpp"
#include "schema/fields.hpp"

namespace schema = rs::schema;

TEST(BooleanTerm, ShortValuesAreKeptAsIs) {
    EXPECT_EQ(schema::boolean_term("XSOURCE", "referat.txt"), "XSOURCEreferat.txt");
    EXPECT_EQ(schema::filter_term(*schema::find_facet("cluster"), "Sundhedsklynge Lillebælt"),
              "XCLUSTERsundhedsklynge lillebælt");
}

TEST(BooleanTerm, LongValuesAreCutOnACharacterAndHashed) {
    std::string long_value;
    for (int i = 0; i < 200; ++i) long_value += "æ";
    const auto term = schema::boolean_term("XTOPIC", long_value);
    EXPECT_LE(term.size(), schema::max_term_bytes);
    EXPECT_EQ(term.rfind("XTOPIC", 0), 0u);
    EXPECT_EQ(term, schema::boolean_term("XTOPIC", long_value)) << "stable";
    EXPECT_NE(term, schema::boolean_term("XTOPIC", long_value + "x")) << "the hash tells long values apart";
    const auto hash_at = term.find('#');
    ASSERT_NE(hash_at, std::string::npos);
    EXPECT_EQ((hash_at - 6) % 2, 0u) << "cut between two-byte characters";
}

TEST(FacetValues, ReadTheModelAndDropEmptyAndRepeatedValues) {
    schema::Meeting meeting;
    meeting.cluster = "Randersklyngen";
    meeting.date = "2024-03-01";
    schema::AgendaItem item;
    item.topics = {"Demens", "", "demens", "hoftebrud"};
    EXPECT_EQ(schema::facet_values(*schema::find_facet("cluster"), meeting, item),
              std::vector<std::string>{"Randersklyngen"});
    EXPECT_EQ(schema::facet_values(*schema::find_facet("topic"), meeting, item),
              (std::vector<std::string>{"Demens", "hoftebrud"}));
    EXPECT_EQ(schema::facet_values(*schema::find_facet("year"), meeting, item), std::vector<std::string>{"2024"});
    EXPECT_TRUE(schema::facet_values(*schema::find_facet("forum"), meeting, item).empty());
    EXPECT_EQ(schema::facet_values(*schema::find_facet("kind"), meeting, item), std::vector<std::string>{"referat"});
}

TEST(FacetValues, DatesForSlots) {
    EXPECT_EQ(schema::date_slot_value("2024-03-01"), "20240301");
    EXPECT_EQ(schema::date_slot_value("2024-3-1"), "");
    EXPECT_EQ(schema::date_slot_value(""), "");
    EXPECT_EQ(schema::year_of("2024-03-01"), "2024");
    EXPECT_EQ(schema::year_of("ukendt"), "");
}

TEST(DocumentData, RoundTrips) {
    schema::Meeting meeting;
    meeting.cluster = "Sundhedsklynge Vest";
    meeting.source = "vest.txt";
    schema::AgendaItem item;
    item.id = "sundhedsklynge-vest/ukendt/ukendt/1";
    item.decisions = {"godkendt"};
    item.sections.push_back({"Beslutning", "BESLUTNING", "Godkendt <b>nu</b>."});
    const auto stored = schema::parse_document_data(schema::document_data(meeting, item));
    EXPECT_EQ(stored.meeting.cluster, meeting.cluster);
    EXPECT_EQ(stored.meeting.source, meeting.source);
    EXPECT_EQ(stored.item.id, item.id);
    EXPECT_EQ(stored.item.decisions, item.decisions);
    ASSERT_EQ(stored.item.sections.size(), 1u);
    EXPECT_EQ(stored.item.sections[0].text, "Godkendt <b>nu</b>.");
}

TEST(DocumentData, InvalidUtf8DoesNotThrow) {
    schema::Meeting meeting;
    schema::AgendaItem item;
    item.title = "bad \xff byte";
    EXPECT_NO_THROW(schema::document_data(meeting, item));
}
