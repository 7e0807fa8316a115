#pragma once
// Danish spellings of dates and times in the forms minutes use (docs/MINUTES.md,
// "Dates and times"): "d. 28-04-2025", "onsdag den 15. januar 2020", "04. januar, 2022",
// "25.oktober 2022", "Torsdag 10. nov 2016", "kl. 14.30", "kl. 19.00 – 21.00", ISO.

#include <chrono>
#include <string>

namespace rs::test {

/// "mandag" … "søndag"; capitalised ("Mandag") when asked.
std::string weekday_name(const std::chrono::year_month_day& date, bool capitalised);
/// "januar" … "december".
std::string month_name(const std::chrono::year_month_day& date);
/// "jan" … "dec".
std::string month_abbreviation(const std::chrono::year_month_day& date);
/// "28-04-2025".
std::string dash_date(const std::chrono::year_month_day& date);
/// "15. januar 2020" (day zero-padded to "05." when `pad_day`).
std::string long_date(const std::chrono::year_month_day& date, bool pad_day = false);
/// "HH:MM" with ':' or "HH.MM" with '.' as separator.
std::string time_of_day(int minutes, char separator);

}  // namespace rs::test
