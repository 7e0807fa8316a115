#include "tests/indexer/property/danish_dates.hpp"

#include <array>
#include <cstdio>

namespace rs::test {
namespace {

constexpr std::array<const char*, 7> weekdays = {"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"};
constexpr std::array<const char*, 12> months = {"januar", "februar", "marts",     "april",   "maj",      "juni",
                                                "juli",   "august",  "september", "oktober", "november", "december"};
constexpr std::array<const char*, 12> month_abbreviations = {"jan", "feb", "mar", "apr", "maj", "jun",
                                                             "jul", "aug", "sep", "okt", "nov", "dec"};

unsigned month_index(const std::chrono::year_month_day& date) { return static_cast<unsigned>(date.month()) - 1; }

std::string two_digits(unsigned value) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02u", value % 100);
    return buffer;
}

}  // namespace

std::string weekday_name(const std::chrono::year_month_day& date, bool capitalised) {
    std::string name = weekdays[std::chrono::weekday(std::chrono::sys_days(date)).c_encoding()];
    if (capitalised) name[0] = static_cast<char>(name[0] - 'a' + 'A');  // all weekday names start in ASCII
    return name;
}

std::string month_name(const std::chrono::year_month_day& date) { return months[month_index(date)]; }

std::string month_abbreviation(const std::chrono::year_month_day& date) {
    return month_abbreviations[month_index(date)];
}

std::string dash_date(const std::chrono::year_month_day& date) {
    return two_digits(static_cast<unsigned>(date.day())) + "-" + two_digits(static_cast<unsigned>(date.month())) + "-" +
           std::to_string(static_cast<int>(date.year()));
}

std::string long_date(const std::chrono::year_month_day& date, bool pad_day) {
    const auto day = static_cast<unsigned>(date.day());
    return (pad_day ? two_digits(day) : std::to_string(day)) + ". " + month_name(date) + " " +
           std::to_string(static_cast<int>(date.year()));
}

std::string time_of_day(int minutes, char separator) {
    return two_digits(static_cast<unsigned>(minutes / 60)) + separator + two_digits(static_cast<unsigned>(minutes % 60));
}

}  // namespace rs::test
