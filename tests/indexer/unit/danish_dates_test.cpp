#include <gtest/gtest.h>

#include "indexer/parse/danish_dates.hpp"

namespace rs::indexer {
namespace {

struct Case {
    std::string text, iso, start, end;
};

TEST(DanishDates, ReadsEveryFormMinutesUse) {
    DanishDates dates;
    const std::vector<Case> cases{
        {"REFERAT X - Fagligt strategisk niveau d. 28-04-2025", "2025-04-28", "", ""},
        {"Mødedato Mandag d. 28. april 2025 kl. 14:00", "2025-04-28", "14:00", ""},
        {"mødet i X den 22. november 2023 kl. 08:30", "2023-11-22", "08:30", ""},
        {"onsdag den 15. januar 2020", "2020-01-15", "", ""},
        {"21-08-2012 kl. 14:00 - 16:00", "2012-08-21", "14:00", "16:00"},
        {"Mødet holdes 04. januar, 2022", "2022-01-04", "", ""},
        {"25.oktober 2022 kl. 19.00 – 21.00", "2022-10-25", "19:00", "21:00"},
        {"Torsdag 10. nov 2016 kl. 14.30", "2016-11-10", "14:30", ""},
        {"STARTTIDSPUNKT 06-03-2018 10:00:00", "2018-03-06", "10:00", ""},
        {"Dato: 2026-02-11", "2026-02-11", "", ""},
        {"Referat fra møde torsdag den 11. februar 2027 kl. 14.00-16.00, Rådhuset", "2027-02-11", "14:00", "16:00"},
        {"d. 1. sept. 2021", "2021-09-01", "", ""},
        {"Mødedato: april 28, 2025 kl. 15.00", "2025-04-28", "15:00", ""},
        {"Mandag, Marts 3 2025", "2025-03-03", "", ""},
        {"Onsdag den 15. JANUAR 2020", "2020-01-15", "", ""},
        {"Tirsdag, 4. Feb. 2025, kl. 9.30-11", "2025-02-04", "09:30", "11:00"},
        {"møde dec. 9, 2024", "2024-12-09", "", ""},
    };
    for (const auto& c : cases) {
        auto found = dates.find(c.text);
        ASSERT_TRUE(found) << c.text;
        EXPECT_EQ(found->iso, c.iso) << c.text;
        EXPECT_EQ(found->start_time, c.start) << c.text;
        EXPECT_EQ(found->end_time, c.end) << c.text;
    }
}

TEST(DanishDates, RefusesImpossibleDatesAndNonDates) {
    DanishDates dates;
    EXPECT_FALSE(dates.find("d. 30-02-2024"));
    EXPECT_FALSE(dates.find("31. april 2024"));
    EXPECT_FALSE(dates.find("Opsamling siden 12-12 seminar"));
    EXPECT_FALSE(dates.find("1-31-72-446-22"));
    EXPECT_FALSE(dates.find("12. marts"));  // no year: which meeting is meant cannot be told
    auto leap = dates.find("29-02-2024");
    ASSERT_TRUE(leap);
    EXPECT_EQ(leap->iso, "2024-02-29");
}

TEST(DanishDates, ChecksTheWrittenWeekday) {
    DanishDates dates;
    EXPECT_FALSE(dates.find("Mandag d. 28. april 2025")->weekday_mismatch);
    EXPECT_TRUE(dates.find("Tirsdag d. 28. april 2025")->weekday_mismatch);
}

TEST(DanishDates, KnowsMonthNamesFromIcu) {
    DanishDates dates;
    EXPECT_EQ(dates.month_number("marts"), 3);
    EXPECT_EQ(dates.month_number("Maj"), 5);
    EXPECT_EQ(dates.month_number("okt."), 10);
    EXPECT_EQ(dates.month_number("sept"), 9);
    EXPECT_EQ(dates.month_number("mandag"), 0);
}

}  // namespace
}  // namespace rs::indexer
