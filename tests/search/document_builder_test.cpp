// Meeting + AgendaItem → Xapian::Document: the layout of schema/fields.hpp, term by term.
#include <gtest/gtest.h>
#include <xapian.h>

#include "indexer/index/document_builder.hpp"
#include "schema/document_data.hpp"
#include "schema/fields.hpp"
#include "schema/multi_value.hpp"
#include "tests/search/test_corpus.hpp"

namespace schema = rs::schema;
using rs::indexer::DocumentBuilder;

namespace {
struct Built {
    schema::Meeting meeting;
    schema::AgendaItem item;
    Xapian::Document doc;
};

Built build_sample() {
    Built b;
    b.meeting = rs::test::make_meeting("Sundhedsklynge Lillebælt", "Fagligt strategisk niveau", "2024-03-01");
    b.item = rs::test::make_item(b.meeting, 4, "Kom Trygt Hjem evaluering",
                                 {{schema::section::resume, "Kort resumé om indlæggelser."},
                                  {schema::section::beslutning, "Indstillingen blev godkendt."},
                                  {schema::section::bilag, "bilag1.pdf"}});
    b.item.type = "beslutningssag";
    b.item.decisions = {"godkendt", "Godkendt", "drøftet"};
    b.item.topics = {"akutområdet og indlæggelser"};
    b.item.projects = {"Kom Trygt Hjem"};
    b.doc = DocumentBuilder().build(b.meeting, b.item);
    return b;
}

bool has_term(const Xapian::Document& doc, const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term;
}

Xapian::termcount wdf(const Xapian::Document& doc, const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term ? it.get_wdf() : 0;
}
}  // namespace

TEST(DocumentBuilder, UniqueIdMeetingSourceAndProceduralTerms) {
    const auto b = build_sample();
    EXPECT_TRUE(has_term(b.doc, "Q" + b.item.id));
    EXPECT_TRUE(has_term(b.doc, "XMEETINGsundhedsklynge-lillebaelt/fagligt-strategisk-niveau/2024-03-01"));
    EXPECT_TRUE(has_term(b.doc, "XSOURCE" + b.meeting.source));
    EXPECT_TRUE(has_term(b.doc, "XPROCEDURAL0"));
    EXPECT_EQ(b.doc.get_value(schema::slot_procedural), "0");
}

TEST(DocumentBuilder, TextUnderFieldPrefixAndUnprefixedWithFieldWeights) {
    const auto b = build_sample();
    EXPECT_TRUE(has_term(b.doc, "Sevaluering"));
    EXPECT_TRUE(has_term(b.doc, "evaluering"));
    EXPECT_TRUE(has_term(b.doc, "XBESLgodkendt"));
    EXPECT_TRUE(has_term(b.doc, "ZXBESLgodkend"));
    EXPECT_TRUE(has_term(b.doc, "XRESUMEindlæggelser"));
    EXPECT_TRUE(has_term(b.doc, "XBILAGpdf")) << "bilag1.pdf is two words";
    EXPECT_FALSE(has_term(b.doc, "XBESLindlæggelser"));
    EXPECT_EQ(wdf(b.doc, "Sevaluering"), 3u);   // title weight
    EXPECT_EQ(wdf(b.doc, "XBESLgodkendt"), 2u);  // Beslutning weighs more
    EXPECT_EQ(wdf(b.doc, "XBILAGpdf"), 1u);
    EXPECT_EQ(wdf(b.doc, "godkendt"), 2u);       // unprefixed copy keeps the weight
    auto term = b.doc.termlist_begin();
    term.skip_to("godkendt");
    EXPECT_GT(term.positionlist_count(), 0u) << "positions are on, for phrases";
}

TEST(DocumentBuilder, MeetingFactsAreSearchableText) {
    const auto b = build_sample();
    EXPECT_TRUE(has_term(b.doc, "lillebælt"));
    EXPECT_TRUE(has_term(b.doc, "strategisk"));
}

TEST(DocumentBuilder, FacetsAsLowercasedTermsAndDisplayValues) {
    const auto b = build_sample();
    EXPECT_TRUE(has_term(b.doc, "XCLUSTERsundhedsklynge lillebælt"));
    EXPECT_TRUE(has_term(b.doc, "XPROJECTkom trygt hjem"));
    EXPECT_TRUE(has_term(b.doc, "XYEAR2024"));
    EXPECT_TRUE(has_term(b.doc, "XKINDreferat"));
    EXPECT_TRUE(has_term(b.doc, "XTYPEbeslutningssag"));
    EXPECT_EQ(b.doc.get_value(schema::slot_cluster), "Sundhedsklynge Lillebælt");
    EXPECT_EQ(b.doc.get_value(schema::slot_year), "2024");
    EXPECT_EQ(b.doc.get_value(schema::slot_kind), "referat");
    EXPECT_EQ(b.doc.get_value(schema::slot_date), "20240301");
    EXPECT_EQ(Xapian::sortable_unserialise(b.doc.get_value(schema::slot_number)), 4.0);
    // "Godkendt" repeats "godkendt" (one filter term): stored once, so it is counted once.
    const std::string slot = b.doc.get_value(schema::slot_decision);
    const auto decisions = schema::split_values(slot);
    ASSERT_EQ(decisions.size(), 2u);
    EXPECT_EQ(decisions[0], "godkendt");
    EXPECT_EQ(decisions[1], "drøftet");
    EXPECT_TRUE(b.doc.get_value(schema::slot_region).size() > 0);
}

TEST(DocumentBuilder, EmptyFacetsLeaveNoTermOrValue) {
    auto meeting = rs::test::make_meeting("", "", "");
    auto item = rs::test::make_item(meeting, 1, "Velkomst");
    item.procedural = true;
    const auto doc = DocumentBuilder().build(meeting, item);
    EXPECT_EQ(doc.get_value(schema::slot_cluster), "");
    EXPECT_EQ(doc.get_value(schema::slot_date), "");
    EXPECT_EQ(doc.get_value(schema::slot_year), "");
    EXPECT_FALSE(has_term(doc, "XCLUSTER"));
    EXPECT_TRUE(has_term(doc, "XPROCEDURAL1"));
}

TEST(DocumentBuilder, DataRoundTripsMeetingAndItem) {
    const auto b = build_sample();
    const auto stored = schema::parse_document_data(b.doc.get_data());
    EXPECT_EQ(stored.meeting.cluster, b.meeting.cluster);
    EXPECT_EQ(stored.meeting.source, b.meeting.source);
    EXPECT_EQ(stored.item.id, b.item.id);
    EXPECT_EQ(stored.item.title, b.item.title);
    ASSERT_EQ(stored.item.sections.size(), 3u);
    EXPECT_EQ(stored.item.sections[1].text, "Indstillingen blev godkendt.");
    EXPECT_EQ(b.doc.get_data().find('\n'), std::string::npos) << "compact JSON";
}

TEST(DocumentBuilder, MissingIdIsDerivedFromMeetingAndNumber) {
    auto meeting = rs::test::make_meeting("Randersklyngen", "Politisk niveau", "2025-01-02");
    auto item = rs::test::make_item(meeting, 3, "Demens");
    item.id.clear();
    const auto doc = DocumentBuilder().build(meeting, item);
    EXPECT_TRUE(has_term(doc, "Qrandersklyngen/politisk-niveau/2025-01-02/3"));
}

TEST(DocumentBuilder, RefusesClosedItems) {
    auto meeting = rs::test::make_meeting("Randersklyngen", "Politisk niveau", "2025-01-02");
    auto item = rs::test::make_item(meeting, 3, "Personalesag");
    item.closed = true;
    EXPECT_THROW(DocumentBuilder().build(meeting, item), rs::indexer::NotIndexable);
}

TEST(DocumentBuilder, OverlongBooleanValuesStayWithinXapiansTermLimit) {
    auto meeting = rs::test::make_meeting("Randersklyngen", "Politisk niveau", "2025-01-02", "referat",
                                          std::string(400, 'a') + ".txt");
    auto item = rs::test::make_item(meeting, 1, "Titel");
    item.topics = {std::string(300, 'b'), std::string(300, 'b') + "c"};
    const auto doc = DocumentBuilder().build(meeting, item);
    std::size_t topic_terms = 0;
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
        EXPECT_LE((*it).size(), schema::max_term_bytes);
        if ((*it).rfind("XTOPIC", 0) == 0) ++topic_terms;
    }
    EXPECT_EQ(topic_terms, 2u) << "two long values sharing a prefix keep distinct terms";
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    EXPECT_NO_THROW(db.add_document(doc));
}
