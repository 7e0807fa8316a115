#include "schema/iso_date.hpp"

#include <chrono>
#include <optional>

namespace rs::schema {

namespace {
std::optional<unsigned> number(std::string_view digits) {
    unsigned value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + static_cast<unsigned>(c - '0');
    }
    return value;
}
}  // namespace

bool is_calendar_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    const auto year = number(text.substr(0, 4));
    const auto month = number(text.substr(5, 2));
    const auto day = number(text.substr(8, 2));
    if (!year || !month || !day || *year < 1 || *month < 1 || *month > 12 || *day < 1) return false;
    const bool leap = (*year % 4 == 0 && *year % 100 != 0) || *year % 400 == 0;
    static constexpr unsigned days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const unsigned last = days_in_month[*month - 1] + (*month == 2 && leap ? 1 : 0);
    return *day <= last;
}

std::optional<long> day_number(std::string_view text) {
    if (!is_calendar_date(text)) return std::nullopt;
    using namespace std::chrono;
    const year_month_day date{year{static_cast<int>(*number(text.substr(0, 4)))}, month{*number(text.substr(5, 2))},
                              day{*number(text.substr(8, 2))}};
    return static_cast<long>(sys_days{date}.time_since_epoch().count());
}

}  // namespace rs::schema
