#pragma once
// Dates and times as Danish minutes write them, computed without the C library's locale
// or time zone so that every machine writes the same text.

#include <string>

namespace rs::corpus_generator {

/// A calendar date.
struct Date {
    int year = 2000;
    int month = 1;  ///< 1–12
    int day = 1;    ///< 1–31
    auto operator<=>(const Date&) const = default;
};

/// A time of day.
struct Clock {
    int hour = 0;
    int minute = 0;
};

/// Days in `month` of `year`.
int days_in_month(int year, int month);
/// 0 = Monday … 6 = Sunday.
int weekday(const Date& date);
/// "mandag" … "søndag".
const std::string& weekday_name(const Date& date);
/// "januar" … "december".
const std::string& month_name(int month);
/// "jan", "feb", … "nov", "dec": the short forms some systems print ("10. nov 2016").
std::string month_short(int month);
/// "2025-04-28".
std::string iso_date(const Date& date);
/// "28-04-2025" (separator '-' or '.').
std::string numeric_date(const Date& date, char separator = '-');
/// "28. april 2025".
std::string long_date(const Date& date);
/// "14:00" or "14.00" (separator ':' or '.').
std::string clock_text(const Clock& clock, char separator = ':');
/// `clock` plus `minutes`, not past 23:59.
Clock add_minutes(const Clock& clock, int minutes);

}  // namespace rs::corpus_generator
