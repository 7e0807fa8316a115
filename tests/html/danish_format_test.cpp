#include "searchd/html/danish_format.hpp"

#include <gtest/gtest.h>

namespace rs::html {
namespace {

TEST(DanishFormat, Dates) {
    EXPECT_EQ(danish_date("2024-03-01"), "1. marts 2024");
    EXPECT_EQ(danish_date("2025-12-24"), "24. december 2025");
    EXPECT_EQ(danish_date(""), "");
    EXPECT_EQ(danish_date("2024-02-30"), "2024-02-30");
}

TEST(DanishFormat, CountsAndNumbers) {
    EXPECT_EQ(item_count(1), "1 punkt");
    EXPECT_EQ(item_count(12), "12 punkter");
    EXPECT_EQ(item_count(0), "0 punkter");
    EXPECT_EQ(danish_number(1234567), "1.234.567");
}

TEST(DanishFormat, AlphabeticalOrderPutsAeOeAaLast) {
    std::vector<std::string> values{"Århus", "Aabenraa", "Odense", "Ølstykke", "ældre", "Brande", "aalborg"};
    sort_danish(values);
    EXPECT_EQ(values, (std::vector<std::string>{"Brande", "Odense", "ældre", "Ølstykke", "Aabenraa", "aalborg", "Århus"}));
}

}  // namespace
}  // namespace rs::html
