// Facet value lists: count first, then Danish alphabetical order.
#include <gtest/gtest.h>

#include "searchd/search/facet_order.hpp"

using rs::search::order_facet_values;

namespace {
std::vector<std::string> values_of(const std::vector<rs::search::FacetCount>& list) {
    std::vector<std::string> values;
    for (const auto& v : list) values.push_back(v.value);
    return values;
}
}  // namespace

TEST(FacetOrder, DanishCollationPutsAeOeAaLast) {
    const auto list = order_facet_values(
        {{"Århus", 1}, {"Aabenraa", 1}, {"Zealand", 1}, {"Ærø", 1}, {"Østerbro", 1}, {"Bornholm", 1}}, {});
    EXPECT_EQ(values_of(list),
              (std::vector<std::string>{"Bornholm", "Zealand", "Ærø", "Østerbro", "Aabenraa", "Århus"}));
}

TEST(FacetOrder, CountBeforeName) {
    const auto list = order_facet_values({{"b", 1}, {"a", 1}, {"c", 5}}, {});
    EXPECT_EQ(values_of(list), (std::vector<std::string>{"c", "a", "b"}));
    EXPECT_EQ(list[0].count, 5u);
}

TEST(FacetOrder, SelectedValuesWithoutMatchesAreListedLast) {
    const auto list = order_facet_values({{"Demens", 2}}, {"demens", "hoftebrud"});
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].value, "Demens") << "a selection matching a counted value is not repeated";
    EXPECT_EQ(list[1].value, "hoftebrud");
    EXPECT_EQ(list[1].count, 0u);
}

TEST(FacetOrder, SpellingsOfOneValueAreMerged) {
    const auto list = order_facet_values({{"Kom trygt hjem", 1}, {"Kom Trygt Hjem", 3}}, {});
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].value, "Kom Trygt Hjem");
    EXPECT_EQ(list[0].count, 4u);
}
