// The column counter against the reference (slot) counter: the same hits and counts for
// every facet under any selections, tallies merge as one, and columns follow new commits.

#include <gtest/gtest.h>
#include <xapian.h>

#include "schema/index_shards.hpp"
#include "searchd/search/facet_columns.hpp"
#include "searchd/search/facet_counter.hpp"
#include "searchd/search/sharded_database.hpp"
#include "tests/search/search_index.hpp"

namespace rs::test {
namespace {

using search::FacetSelection;

// Offers every document of `db` to a tally of `counter`; docids in [first, last].
std::unique_ptr<search::FacetTally> tally_all(const search::FacetCounter& counter, const search::ShardedDatabase& index,
                                              const std::vector<FacetSelection>& selections, Xapian::docid first = 1,
                                              Xapian::docid last = 0xFFFFFFFF) {
    const Xapian::Database& db = index.all();
    auto tally = counter.start(db, index.revision_key(), selections);
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it)
        if (*it >= first && *it <= last) tally->add(db.get_document(*it));
    return tally;
}

FacetSelection select(const char* facet, std::vector<std::string> values) {
    FacetSelection selection{schema::find_facet(facet), {}};
    for (const auto& value : values) selection.terms.push_back(schema::filter_term(*selection.facet, value));
    return selection;
}

class FacetCounters : public ::testing::Test {
protected:
    static void SetUpTestSuite() { index_ = new SearchIndex(generate_minutes(60, 2023)); }
    static void TearDownTestSuite() {
        delete index_;
        index_ = nullptr;
    }
    // The first shard alone: searchd counts columns only on an index of one shard (a match
    // decider over several is given docids within a shard, xapian_search_service.cpp).
    static search::ShardedDatabase db() { return search::ShardedDatabase({schema::index_shards(index_->dir.path()).front()}); }
    // Some values that occur, to select.
    static std::string a_value(const char* facet, std::size_t which) {
        const auto slot = search::make_slot_facet_counter();
        const auto counts = tally_all(*slot, db(), {})->counts(*schema::find_facet(facet));
        std::vector<std::string> values;
        for (const auto& [value, count] : counts) values.push_back(value);
        std::sort(values.begin(), values.end());
        return values.at(which % values.size());
    }
    static inline SearchIndex* index_ = nullptr;
};

TEST_F(FacetCounters, ColumnsCountExactlyAsTheSlotsDoUnderAnySelection) {
    const auto slot = search::make_slot_facet_counter();
    const auto column = search::make_column_facet_counter();
    const std::vector<std::vector<FacetSelection>> cases = {
        {},
        {select("cluster", {a_value("cluster", 0)})},
        {select("cluster", {a_value("cluster", 0), a_value("cluster", 1)}), select("topic", {a_value("topic", 2)})},
        {select("decision", {a_value("decision", 0)}), select("year", {a_value("year", 1)}),
         select("kind", {a_value("kind", 0)})},
        {select("topic", {"no such topic"})},
    };
    const search::ShardedDatabase database = db();
    for (std::size_t c = 0; c < cases.size(); ++c) {
        SCOPED_TRACE("case " + std::to_string(c));
        const auto expected = tally_all(*slot, database, cases[c]);
        const auto actual = tally_all(*column, database, cases[c]);
        EXPECT_EQ(actual->hits(), expected->hits());
        for (const auto& facet : schema::facets) EXPECT_EQ(actual->counts(facet), expected->counts(facet)) << facet.name;
    }
    EXPECT_GT(tally_all(*column, database, cases[1])->hits(), 0u);
    EXPECT_EQ(tally_all(*column, database, cases[4])->hits(), 0u);
}

TEST_F(FacetCounters, TalliesOfDisjointDocumentsMergeIntoTheTallyOfAll) {
    const search::ShardedDatabase database = db();
    const std::vector<FacetSelection> selections = {select("cluster", {a_value("cluster", 0)})};
    for (const auto& counter : {search::make_slot_facet_counter(), search::make_column_facet_counter()}) {
        const auto whole = tally_all(*counter, database, selections);
        const Xapian::docid last = database.all().get_lastdocid();
        auto half = tally_all(*counter, database, selections, 1, last / 2);
        half->merge(*tally_all(*counter, database, selections, last / 2 + 1));
        EXPECT_EQ(half->hits(), whole->hits());
        for (const auto& facet : schema::facets) EXPECT_EQ(half->counts(facet), whole->counts(facet)) << facet.name;
    }
}

TEST(FacetColumnsFollowCommits, NewItemsAreCountedAfterTheirCommit) {
    SearchIndex index(generate_minutes(4, 8), 1);
    const auto sum = [](const search::SearchResult& result, const char* facet) {
        std::uint64_t total = 0;
        for (const auto& [value, count] : as_map(result.facets.at(facet))) total += count;
        return total;
    };
    const auto before = index.service->search(request(""));
    EXPECT_EQ(sum(before, "year"), before.total);
    auto extra = generate_minutes(12, 9);  // meetings 4 to 11 are new
    std::size_t added = 0;
    extra.erase(extra.begin(), extra.begin() + 4);
    for (const auto& minutes : extra)
        for (const auto& item : minutes.items) added += !item.closed;
    write_index(index.dir.path(), extra);
    const auto after = index.service->search(request(""));
    EXPECT_EQ(after.total, before.total + added);
    EXPECT_EQ(sum(after, "year"), after.total) << "every item has a year, the new ones included";
    EXPECT_EQ(sum(after, "cluster"), after.total);
    const search::ShardedDatabase db(schema::index_shards(index.dir.path()));
    const search::FacetColumns columns(db.all(), db.revision_key());
    EXPECT_EQ(columns.last_docid(), db.all().get_lastdocid());
    EXPECT_GT(columns.memory_bytes(), 0u);
}

}  // namespace
}  // namespace rs::test
