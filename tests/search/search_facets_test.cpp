// Facet counts against a brute force over the same minutes: exact, OR within a facet,
// AND across facets, and each facet counted without its own selection.
#include <gtest/gtest.h>

#include "schema/fields.hpp"
#include "searchd/search/facet_order.hpp"
#include "tests/search/search_index.hpp"

namespace search = rs::search;
using rs::test::as_map;
using rs::test::Row;

namespace {
class SearchFacets : public ::testing::Test {
protected:
    static void SetUpTestSuite() { index_ = new rs::test::SearchIndex(rs::test::generate_minutes(40, 2024)); }
    static void TearDownTestSuite() {
        delete index_;
        index_ = nullptr;
    }
    static rs::test::SearchIndex& index() { return *index_; }

    // Expects every facet of `result` to equal the brute-force counts over the rows that
    // pass `keep_for(facet)`.
    static void expect_counts(const search::SearchResult& result,
                              const std::function<std::function<bool(const Row&)>(const std::string&)>& keep_for) {
        for (const auto& facet : rs::schema::facets) {
            const std::string name(facet.name);
            ASSERT_TRUE(result.facets.count(name)) << name;
            auto expected = rs::test::brute_counts(index().rows, name, keep_for(name));
            auto actual = as_map(result.facets.at(name));
            // Selected values with no match are listed with 0; the brute force has no entry.
            for (auto it = actual.begin(); it != actual.end();)
                it = (it->second == 0 && !expected.count(it->first)) ? actual.erase(it) : std::next(it);
            EXPECT_EQ(actual, expected) << "facet " << name;
        }
    }

    static bool in(const std::vector<std::string>& values, const std::string& value) {
        return std::find(values.begin(), values.end(), value) != values.end();
    }

private:
    static rs::test::SearchIndex* index_;
};
rs::test::SearchIndex* SearchFacets::index_ = nullptr;
}  // namespace

TEST_F(SearchFacets, BrowsingCountsEveryOpenItemExactly) {
    const auto result = index().service->search(rs::test::request(""));
    EXPECT_EQ(result.total, index().rows.size());
    expect_counts(result, [](const std::string&) { return [](const Row&) { return true; }; });
}

TEST_F(SearchFacets, TextQueryCountsOnlyItsMatches) {
    const auto result = index().service->search(rs::test::request(rs::test::marker_word));
    std::size_t expected = 0;
    for (const auto& row : index().rows) expected += rs::test::has_marker(row);
    ASSERT_GT(expected, 0u);
    EXPECT_EQ(result.total, expected);
    expect_counts(result, [](const std::string&) { return rs::test::has_marker; });
}

TEST_F(SearchFacets, OrWithinAFacetAndItsCountsIgnoreItsOwnSelection) {
    auto request = rs::test::request("");
    request.filters["cluster"] = {"Randersklyngen", "Sundhedsklynge Vest"};
    const auto result = index().service->search(request);
    const auto selected = [](const Row& r) {
        return r.meeting.cluster == "Randersklyngen" || r.meeting.cluster == "Sundhedsklynge Vest";
    };
    std::size_t expected = 0;
    for (const auto& row : index().rows) expected += selected(row);
    EXPECT_EQ(result.total, expected);
    expect_counts(result, [&](const std::string& name) -> std::function<bool(const Row&)> {
        if (name == "cluster") return [](const Row&) { return true; };
        return selected;
    });
    EXPECT_EQ(as_map(result.facets.at("cluster")).size(), 5u) << "all clusters stay selectable";
}

TEST_F(SearchFacets, AnExportAndAComparisonTakeEitherSelectedValue) {
    // Exports and comparisons filter in the query, not in the facet tally: OR there too.
    auto request = rs::test::request("");
    request.filters["cluster"] = {"Randersklyngen", "Sundhedsklynge Vest"};
    request.purpose = rs::search::SearchPurpose::export_rows;
    request.limit = rs::search::SearchRequest::max_export_limit;
    std::size_t expected = 0;
    for (const auto& row : index().rows)
        expected += row.meeting.cluster == "Randersklyngen" || row.meeting.cluster == "Sundhedsklynge Vest";
    ASSERT_GT(expected, 0u);
    EXPECT_EQ(index().service->search(request).hits.size(), expected);
    std::size_t compared = 0;
    for (const auto& group : index().service->compare(request).groups) compared += group.items.size();
    EXPECT_EQ(compared, expected);
}

TEST_F(SearchFacets, AndAcrossFacetsWithMultiValuedOr) {
    auto request = rs::test::request(rs::test::marker_word);
    request.filters["region"] = {"Region Syddanmark"};
    request.filters["topic"] = {"demens", "hoftebrud"};
    request.filters["decision"] = {"godkendt"};
    const auto result = index().service->search(request);
    const auto region = [](const Row& r) { return r.meeting.region == "Region Syddanmark"; };
    const auto topic = [](const Row& r) { return in(r.item.topics, "demens") || in(r.item.topics, "hoftebrud"); };
    const auto decision = [](const Row& r) { return in(r.item.decisions, "godkendt"); };
    const auto all = [&](const Row& r) { return rs::test::has_marker(r) && region(r) && topic(r) && decision(r); };
    std::size_t expected = 0;
    for (const auto& row : index().rows) expected += all(row);
    EXPECT_EQ(result.total, expected);
    ASSERT_GT(expected, 0u) << "the seed should give a non-empty intersection";
    expect_counts(result, [&](const std::string& name) -> std::function<bool(const Row&)> {
        if (name == "region") return [&](const Row& r) { return rs::test::has_marker(r) && topic(r) && decision(r); };
        if (name == "topic") return [&](const Row& r) { return rs::test::has_marker(r) && region(r) && decision(r); };
        if (name == "decision") return [&](const Row& r) { return rs::test::has_marker(r) && region(r) && topic(r); };
        return all;
    });
}

TEST_F(SearchFacets, SelectionIsCaseInsensitiveAndAZeroSelectionIsStillListed) {
    auto request = rs::test::request("");
    request.filters["cluster"] = {"randersklyngen", "Ukendt klynge"};
    const auto result = index().service->search(request);
    EXPECT_GT(result.total, 0u);
    const auto clusters = as_map(result.facets.at("cluster"));
    EXPECT_TRUE(clusters.count("Randersklyngen")) << "the indexed spelling is shown";
    EXPECT_FALSE(clusters.count("randersklyngen"));
    ASSERT_TRUE(clusters.count("Ukendt klynge"));
    EXPECT_EQ(clusters.at("Ukendt klynge"), 0u);
}

TEST_F(SearchFacets, EveryFacetIsPresentEvenWithNoMatches) {
    auto request = rs::test::request("");
    request.filters["year"] = {"1999"};
    const auto result = index().service->search(request);
    EXPECT_EQ(result.total, 0u);
    EXPECT_EQ(result.facets.size(), rs::schema::facets.size());
    for (const auto& facet : rs::schema::facets) EXPECT_TRUE(result.facets.count(std::string(facet.name)));
    // The year facet ignores its own selection: every year, plus the selected one at 0.
    auto expected = rs::test::brute_counts(index().rows, "year", [](const Row&) { return true; });
    expected["1999"] = 0;
    EXPECT_EQ(as_map(result.facets.at("year")), expected);
    EXPECT_TRUE(result.facets.at("cluster").empty());
}

TEST_F(SearchFacets, ValuesSortedByCountThenDanishOrder) {
    const auto result = index().service->search(rs::test::request(""));
    for (const auto& [name, values] : result.facets)
        for (std::size_t i = 1; i < values.size(); ++i) {
            const auto& a = values[i - 1];
            const auto& b = values[i];
            EXPECT_TRUE(a.count > b.count || (a.count == b.count && search::danish_less(a.value, b.value)))
                << name << ": " << a.value << " before " << b.value;
        }
}

TEST_F(SearchFacets, UnknownFacetIsAnInvalidRequest) {
    auto request = rs::test::request("");
    request.filters["colour"] = {"red"};
    try {
        index().service->search(request);
        FAIL() << "expected InvalidRequest";
    } catch (const search::InvalidRequest& e) {
        EXPECT_EQ(e.parameter(), "colour");
    }
}

TEST_F(SearchFacets, CountsAreExactWhenThePageIsSmall) {
    // The matcher may stop early once it has a page of best hits; counts must not.
    for (const std::string& q : {std::string(rs::test::marker_word), std::string("demens OR hoftebrud")}) {
        const auto result = index().service->search(rs::test::request(q, 1));
        EXPECT_EQ(result.hits.size(), 1u);
        const auto all = index().service->search(rs::test::request(q));
        EXPECT_EQ(result.total, all.total) << q;
        for (const auto& [name, values] : all.facets) EXPECT_EQ(as_map(result.facets.at(name)), as_map(values)) << q;
    }
    const auto result = index().service->search(rs::test::request(rs::test::marker_word, 1));
    expect_counts(result, [](const std::string&) { return rs::test::has_marker; });
}
