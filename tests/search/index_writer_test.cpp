// IndexWriter: idempotent re-indexing, agendas and minutes of one meeting, files that
// change, closed items, and the schema version guard.
#include <fstream>
#include <set>

#include <gtest/gtest.h>
#include <xapian.h>

#include "indexer/index/index_writer.hpp"
#include "schema/fields.hpp"
#include "tests/search/test_corpus.hpp"
#include "tests/support/paths.hpp"

namespace schema = rs::schema;
using rs::indexer::IndexError;
using rs::indexer::IndexWriter;
using rs::test::make_item;
using rs::test::make_meeting;
using rs::test::make_minutes;

namespace {
// Every item id in the index, read from the Q terms.
std::set<std::string> indexed_ids(const std::filesystem::path& dir) {
    Xapian::Database db(dir.string());
    std::set<std::string> ids;
    for (auto it = db.allterms_begin("Q"); it != db.allterms_end("Q"); ++it) ids.insert((*it).substr(1));
    return ids;
}

std::map<std::string, Xapian::docid> docids(const std::filesystem::path& dir) {
    Xapian::Database db(dir.string());
    std::map<std::string, Xapian::docid> ids;
    for (auto it = db.allterms_begin("Q"); it != db.allterms_end("Q"); ++it) ids[(*it).substr(1)] = *db.postlist_begin(*it);
    return ids;
}

schema::Minutes agenda_of_meeting() {
    auto m = make_meeting("Sundhedsklynge Vest", "Politisk niveau", "2024-05-02", schema::document_kind::dagsorden,
                          "dagsorden-2024-05-02.txt");
    return make_minutes(m, {make_item(m, 1, "Velkomst"), make_item(m, 2, "Demens"), make_item(m, 3, "Hoftebrud")});
}

schema::Minutes minutes_of_meeting() {
    auto m = make_meeting("Sundhedsklynge Vest", "Politisk niveau", "2024-05-02", schema::document_kind::referat,
                          "referat-2024-05-02.txt");
    return make_minutes(m, {make_item(m, 1, "Velkomst", {{"Beslutning", "Godkendt."}}),
                            make_item(m, 2, "Demens", {{"Beslutning", "Drøftet."}})});
}

std::string kind_of(const std::filesystem::path& dir, const std::string& id) {
    Xapian::Database db(dir.string());
    auto it = db.postlist_begin("Q" + id);
    return it == db.postlist_end("Q" + id) ? "" : db.get_document(*it).get_value(schema::slot_kind);
}
}  // namespace

TEST(IndexWriter, ReindexingTheSameFilesChangesNothing) {
    rs::test::TempDir dir;
    const auto files = rs::test::generate_minutes(20, 7);
    rs::test::write_index(dir.path(), files);
    const auto first = docids(dir.path());
    ASSERT_EQ(first.size(), rs::test::open_rows(files).size());
    rs::test::write_index(dir.path(), files);
    EXPECT_EQ(docids(dir.path()), first) << "same ids on the same docids";
    EXPECT_EQ(Xapian::Database(dir.path().string()).get_doccount(), first.size());
}

TEST(IndexWriter, RecordsSchemaVersionAndRefusesAnother) {
    rs::test::TempDir dir;
    { IndexWriter writer(dir.path()); }
    EXPECT_EQ(Xapian::Database(dir.path().string()).get_metadata(std::string(schema::schema_version_key)),
              schema::schema_version);
    {
        Xapian::WritableDatabase db(dir.path().string());
        db.set_metadata(std::string(schema::schema_version_key), "0");
        db.commit();
    }
    try {
        IndexWriter writer(dir.path());
        FAIL() << "expected IndexError";
    } catch (const IndexError& e) {
        EXPECT_NE(std::string(e.what()).find("schema version 0"), std::string::npos) << e.what();
    }
}

TEST(IndexWriter, RefusesANonEmptyDirectoryThatIsNoIndex) {
    rs::test::TempDir dir;
    std::ofstream(dir.path() / "referat.txt") << "REFERAT";
    EXPECT_THROW(IndexWriter writer(dir.path()), IndexError);
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "referat.txt"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "iamglass"));
}

TEST(IndexWriter, MinutesReplaceTheAgendaOfTheirMeeting) {
    rs::test::TempDir dir;
    IndexWriter writer(dir.path());
    const auto agenda = agenda_of_meeting();
    const auto minutes = minutes_of_meeting();
    EXPECT_EQ(writer.add_minutes(agenda).items_indexed, 3u);
    const auto outcome = writer.add_minutes(minutes);
    writer.commit();
    EXPECT_EQ(outcome.items_indexed, 2u);
    EXPECT_EQ(outcome.items_deleted, 1u) << "agenda item 3 is not in the minutes";
    EXPECT_EQ(indexed_ids(dir.path()), (std::set<std::string>{minutes.items[0].id, minutes.items[1].id}));
    EXPECT_EQ(kind_of(dir.path(), minutes.items[0].id), "referat");
}

TEST(IndexWriter, AgendaAfterItsMinutesIsSuperseded) {
    rs::test::TempDir dir;
    IndexWriter writer(dir.path());
    const auto minutes = minutes_of_meeting();
    writer.add_minutes(minutes);
    const auto outcome = writer.add_minutes(agenda_of_meeting());
    writer.commit();
    EXPECT_EQ(outcome.superseded_by, "referat-2024-05-02.txt");
    EXPECT_EQ(outcome.items_indexed, 0u);
    EXPECT_EQ(indexed_ids(dir.path()), (std::set<std::string>{minutes.items[0].id, minutes.items[1].id}));
    EXPECT_EQ(kind_of(dir.path(), minutes.items[0].id), "referat");
}

TEST(IndexWriter, NewVersionOfAnAgendaReplacesTheOld) {
    rs::test::TempDir dir;
    IndexWriter writer(dir.path());
    auto agenda = agenda_of_meeting();
    writer.add_minutes(agenda);
    agenda.items.erase(agenda.items.begin() + 1);  // item 2 withdrawn
    const auto outcome = writer.add_minutes(agenda);
    writer.commit();
    EXPECT_TRUE(outcome.superseded_by.empty());
    EXPECT_EQ(outcome.items_deleted, 1u);
    EXPECT_EQ(indexed_ids(dir.path()), (std::set<std::string>{agenda.items[0].id, agenda.items[1].id}));
}

TEST(IndexWriter, ItemRemovedFromAFileIsDeletedOnReindex) {
    rs::test::TempDir dir;
    auto files = rs::test::generate_minutes(3, 11);
    rs::test::write_index(dir.path(), files);
    const std::string removed = files[1].items.back().id;
    files[1].items.back().closed = false;
    rs::test::write_index(dir.path(), files);
    ASSERT_TRUE(indexed_ids(dir.path()).count(removed));
    files[1].items.pop_back();
    rs::test::write_index(dir.path(), files);
    EXPECT_FALSE(indexed_ids(dir.path()).count(removed));
    EXPECT_EQ(indexed_ids(dir.path()).size(), rs::test::open_rows(files).size());
}

TEST(IndexWriter, FileWhoseHeaderChangedLeavesNoItemsUnderTheOldMeeting) {
    rs::test::TempDir dir;
    IndexWriter writer(dir.path());
    auto wrong = make_meeting("Randersklyngen", "Politisk niveau", "2042-01-01", "referat", "randers.txt");
    writer.add_minutes(make_minutes(wrong, {make_item(wrong, 1, "Demens")}));
    auto right = make_meeting("Randersklyngen", "Politisk niveau", "2024-01-01", "referat", "randers.txt");
    writer.add_minutes(make_minutes(right, {make_item(right, 1, "Demens")}));
    writer.commit();
    EXPECT_EQ(indexed_ids(dir.path()), (std::set<std::string>{"randersklyngen/politisk-niveau/2024-01-01/1"}));
}

TEST(IndexWriter, ClosedItemsAreNeverIndexedAndRetractAnOpenVersion) {
    rs::test::TempDir dir;
    IndexWriter writer(dir.path());
    auto m = make_meeting("Randersklyngen", "Politisk niveau", "2024-01-01", "referat", "randers.txt");
    const auto velkomst = make_item(m, 1, "Velkomst");
    auto open = make_item(m, 2, "Personalesag");
    writer.add_minutes(make_minutes(m, {velkomst, open}));
    ASSERT_EQ(writer.document_count(), 2u);
    auto closed = open;
    closed.closed = true;
    // The same item, now closed, arrives through another file (e.g. a corrected copy).
    auto copy = m;
    copy.source = "randers-rettet.txt";
    const auto outcome = writer.add_minutes(make_minutes(copy, {make_item(copy, 1, "Velkomst"), closed}));
    writer.commit();
    EXPECT_EQ(outcome.closed_skipped, 1u);
    EXPECT_EQ(indexed_ids(dir.path()), (std::set<std::string>{velkomst.id}));
}

TEST(IndexWriter, RepeatedIdsInOneFileAreReported) {
    rs::test::TempDir dir;
    IndexWriter writer(dir.path());
    auto m = make_meeting("Randersklyngen", "Politisk niveau", "2024-01-01");
    const auto outcome = writer.add_minutes(make_minutes(m, {make_item(m, 1, "A"), make_item(m, 1, "B")}));
    EXPECT_EQ(outcome.items_indexed, 1u);
    ASSERT_EQ(outcome.warnings.size(), 1u);
    EXPECT_NE(outcome.warnings[0].find("occurs twice"), std::string::npos);
}

TEST(IndexWriter, CommitsInBatches) {
    const auto m = make_meeting("Randersklyngen", "Politisk niveau", "2024-01-01");
    const auto minutes = make_minutes(m, {make_item(m, 1, "A"), make_item(m, 2, "B")});
    rs::test::TempDir small_batches;
    IndexWriter eager(small_batches.path(), 2);
    eager.add_minutes(minutes);
    EXPECT_EQ(Xapian::Database(small_batches.path().string()).get_doccount(), 2u) << "a full batch is committed";
    rs::test::TempDir large_batches;
    IndexWriter lazy(large_batches.path(), 1000);
    lazy.add_minutes(minutes);
    EXPECT_EQ(Xapian::Database(large_batches.path().string()).get_doccount(), 0u) << "not before the batch is full";
    lazy.commit();
    EXPECT_EQ(Xapian::Database(large_batches.path().string()).get_doccount(), 2u);
}
