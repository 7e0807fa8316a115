#include "bench/corpus_generator/danish_calendar.hpp"

#include <array>
#include <cstdio>

namespace rs::corpus_generator {

namespace {

std::string two(int value) {
    char buffer[12];
    std::snprintf(buffer, sizeof buffer, "%02d", value);
    return buffer;
}

}  // namespace

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
}

int weekday(const Date& date) {
    // Sakamoto's method gives 0 = Sunday; shift to 0 = Monday.
    static constexpr std::array<int, 12> offsets = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    int y = date.year - (date.month < 3 ? 1 : 0);
    const int sunday_first =
        (y + y / 4 - y / 100 + y / 400 + offsets[static_cast<std::size_t>(date.month - 1)] + date.day) % 7;
    return (sunday_first + 6) % 7;
}

const std::string& weekday_name(const Date& date) {
    static const std::array<std::string, 7> names = {"mandag", "tirsdag", "onsdag", "torsdag",
                                                     "fredag", "lørdag",  "søndag"};
    return names[static_cast<std::size_t>(weekday(date))];
}

const std::string& month_name(int month) {
    static const std::array<std::string, 12> names = {"januar", "februar", "marts",     "april",   "maj",      "juni",
                                                      "juli",   "august",  "september", "oktober", "november", "december"};
    return names[static_cast<std::size_t>(month - 1)];
}

std::string month_short(int month) { return month_name(month).substr(0, 3); }

std::string iso_date(const Date& date) {
    return std::to_string(date.year) + "-" + two(date.month) + "-" + two(date.day);
}

std::string numeric_date(const Date& date, char separator) {
    return two(date.day) + separator + two(date.month) + separator + std::to_string(date.year);
}

std::string long_date(const Date& date) {
    return std::to_string(date.day) + ". " + month_name(date.month) + " " + std::to_string(date.year);
}

std::string clock_text(const Clock& clock, char separator) { return two(clock.hour) + separator + two(clock.minute); }

Clock add_minutes(const Clock& clock, int minutes) {
    int total = clock.hour * 60 + clock.minute + minutes;
    if (total > 23 * 60 + 59) total = 23 * 60 + 59;
    return {total / 60, total % 60};
}

}  // namespace rs::corpus_generator
