#include <gtest/gtest.h>

#include "schema/text/cpr.hpp"

namespace rs::schema {
namespace {

TEST(Cpr, AllThreeFormsAreReplaced) {
    std::string text = "Borgeren (010203-1234) og 0102031234 samt 010203 1234 klagede.";
    EXPECT_EQ(redact_cpr(text), 3u);
    EXPECT_EQ(text, "Borgeren ([CPR-nummer]) og [CPR-nummer] samt [CPR-nummer] klagede.");
    EXPECT_FALSE(contains_cpr(text));
}

TEST(Cpr, OnlyValidDatesAndWholeNumbers) {
    for (const char* kept : {"320199-1234", "011399-1234", "1-31-72-446-22", "tlf. 12 34 56 78", "10102031234",
                             "0102031234567", "Sagsnr. 21/1042", "300.000 kr.", "290223-1234"}) {
        std::string text = kept;
        EXPECT_EQ(redact_cpr(text), 0u) << kept;
        EXPECT_EQ(text, kept);
    }
    std::string leap = "290200-1234";  // 29 February 2000
    EXPECT_EQ(redact_cpr(leap), 1u);
    EXPECT_TRUE(contains_cpr("cpr 311299-0001."));
}

}  // namespace
}  // namespace rs::schema
