#pragma once
// Danish dates and times as minutes write them: "d. 28-04-2025", "den 22. november 2023",
// "onsdag den 15. januar 2020", "04. januar, 2022", "25.oktober 2022", "Torsdag 10. nov
// 2016", "april 28, 2025" (month first), "06-03-2018 10:00:00", ISO dates; "kl. 14.30",
// "kl. 19.00 – 21.00". Month names
// come from ICU's Danish date symbols; every date is checked against ICU's calendar.

#include <optional>
#include <string>
#include <string_view>

#include "schema/text/regex.hpp"

namespace rs::indexer {

/// A date found in a text, with the time that goes with it.
struct FoundDate {
    std::string iso;         ///< "YYYY-MM-DD"
    std::string start_time;  ///< "HH:MM" or ""
    std::string end_time;    ///< "HH:MM" or ""
    bool weekday_mismatch = false;  ///< A weekday was written and does not fit the date.
    int32_t begin = 0;       ///< UTF-16 offsets of the date in the text searched.
    int32_t end = 0;
};

class DanishDates {
public:
    DanishDates();

    /// The first valid date in `text`, with the time written after it (or anywhere in
    /// `text` if none follows it), or nullopt.
    std::optional<FoundDate> find(std::string_view text) const;
    /// The first "kl. HH.MM[-HH.MM]" or "HH:MM" time in `text`: start and end ("" if none).
    std::pair<std::string, std::string> find_time(std::string_view text) const;
    /// 1–12 for a Danish month name or abbreviation ("marts", "mar", "sept."), 0 otherwise.
    int month_number(std::string_view word) const;

private:
    std::optional<FoundDate> try_numeric(const icu::UnicodeString& text, int32_t from, int32_t& next) const;
    std::optional<FoundDate> try_textual(const icu::UnicodeString& text, int32_t from, int32_t& next) const;

    schema::Regex numeric_;
    schema::Regex iso_;
    schema::Regex textual_;
    schema::Regex month_first_;
    schema::Regex time_range_;
    schema::Regex clock_;
    schema::Regex weekday_;
    std::string months_[12];
    std::string month_abbreviations_[12];
    std::string weekdays_[7];  // Sunday first, as ICU's UCAL_DAY_OF_WEEK
};

/// True if year-month-day is a real calendar date (ICU, non-lenient).
bool is_valid_date(int year, int month, int day);
/// ICU day of week (1 = Sunday … 7 = Saturday) of a valid date.
int day_of_week(int year, int month, int day);

}  // namespace rs::indexer
