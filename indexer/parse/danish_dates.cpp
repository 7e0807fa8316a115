#include "indexer/parse/danish_dates.hpp"

#include <cstdio>
#include <memory>

#include <unicode/dtfmtsym.h>
#include <unicode/gregocal.h>

#include "schema/text/unicode.hpp"

namespace rs::indexer {

using schema::to_unicode;
using schema::to_utf8;

namespace {

std::string strip_dots(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != '.') out += c;
    return out;
}

int to_int(const std::string& s) { return s.empty() ? -1 : std::stoi(s); }

std::string two_digits(int value) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d", value);
    return buffer;
}

std::string clock(const std::string& hours, const std::string& minutes) {
    int h = to_int(hours);
    int m = minutes.empty() ? 0 : to_int(minutes);
    if (h < 0 || h > 24 || m < 0 || m > 59) return {};
    return two_digits(h) + ":" + two_digits(m);
}

}  // namespace

bool is_valid_date(int year, int month, int day) {
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return false;
    UErrorCode status = U_ZERO_ERROR;
    icu::GregorianCalendar calendar(status);
    calendar.setLenient(false);
    calendar.clear();
    calendar.set(year, month - 1, day);
    calendar.getTime(status);
    return U_SUCCESS(status);
}

int day_of_week(int year, int month, int day) {
    UErrorCode status = U_ZERO_ERROR;
    icu::GregorianCalendar calendar(status);
    calendar.clear();
    calendar.set(year, month - 1, day);
    return calendar.get(UCAL_DAY_OF_WEEK, status);
}

DanishDates::DanishDates()
    : numeric_(R"(\b(?<d>\d{1,2})\s?[-./]\s?(?<m>\d{1,2})\s?[-./]\s?(?<y>\d{4})\b)"),
      iso_(R"(\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b)"),
      textual_(R"(\b(?<d>\d{1,2})\s?\.?\s*(?<mon>\p{L}{3,9})\.?,?\s+(?<y>\d{4})\b)"),
      month_first_(R"(\b(?<mon>\p{L}{3,9})\.?\s+(?<d>\d{1,2})\.?(?:,\s*|\s+)(?<y>\d{4})\b)"),
      time_range_(R"(\bkl\.?\s*(?<h>\d{1,2})(?:[.:](?<mi>\d{2}))?(?:\s*(?:[-–—]|til)\s*(?:kl\.?\s*)?(?<h2>\d{1,2})(?:[.:](?<mi2>\d{2}))?)?)"),
      clock_(R"(\b(?<h>\d{1,2}):(?<mi>\d{2})(?::\d{2})?\b(?:\s*(?:[-–—]|til)\s*(?<h2>\d{1,2}):(?<mi2>\d{2}))?)"),
      weekday_(R"(\b(?<wd>mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b[\s,]*(?:(?:den|d\.)\s*)?$)") {
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale("da", "DK"), status);
    int32_t count = 0;
    const icu::UnicodeString* wide =
        symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    for (int32_t i = 0; i < count && i < 12; ++i) months_[i] = schema::to_lower(to_utf8(wide[i]));
    const icu::UnicodeString* abbreviated =
        symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::ABBREVIATED);
    for (int32_t i = 0; i < count && i < 12; ++i)
        month_abbreviations_[i] = strip_dots(schema::to_lower(to_utf8(abbreviated[i])));
    const icu::UnicodeString* days =
        symbols.getWeekdays(count, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    for (int32_t i = 1; i < count && i <= 7; ++i) weekdays_[i - 1] = schema::to_lower(to_utf8(days[i]));
}

int DanishDates::month_number(std::string_view word) const {
    std::string w = strip_dots(schema::to_lower(word));
    if (w.size() < 3) return 0;
    for (int i = 0; i < 12; ++i)
        if (w == months_[i] || w == month_abbreviations_[i]) return i + 1;
    for (int i = 0; i < 12; ++i)  // "sept", "febr": a prefix of the full name
        if (months_[i].rfind(w, 0) == 0) return i + 1;
    return 0;
}

std::optional<FoundDate> DanishDates::try_numeric(const icu::UnicodeString& text, int32_t from, int32_t& next) const {
    next = -1;
    for (const auto* regex : {&iso_, &numeric_}) {
        const auto match = regex->find(text, from);
        if (!match) continue;
        if (next >= 0 && match.start() >= next) continue;
        int y = to_int(match.group("y")), m = to_int(match.group("m")), d = to_int(match.group("d"));
        if (!is_valid_date(y, m, d)) {
            next = next < 0 ? match.end() : std::min(next, match.end());
            continue;
        }
        FoundDate found{std::to_string(y) + "-" + two_digits(m) + "-" + two_digits(d), {}, {}, false,
                        match.start(), match.end()};
        return found;
    }
    return std::nullopt;
}

std::optional<FoundDate> DanishDates::try_textual(const icu::UnicodeString& text, int32_t from, int32_t& next) const {
    next = -1;
    // Day before month ("28. april 2025") and, as some systems print it, month before day
    // ("april 28, 2025"): the earliest valid one.
    std::optional<FoundDate> best;
    for (const auto* regex : {&textual_, &month_first_}) {
        for (int32_t at = from;;) {
            const auto match = regex->find(text, at);
            if (!match || (best && match.start() >= best->begin)) break;
            const int month = month_number(match.group("mon"));
            const int y = to_int(match.group("y")), d = to_int(match.group("d"));
            if (month > 0 && is_valid_date(y, month, d)) {
                best = FoundDate{std::to_string(y) + "-" + two_digits(month) + "-" + two_digits(d), {}, {}, false,
                                 match.start(), match.end()};
                break;
            }
            at = match.start() + 1;
        }
    }
    return best;
}

std::optional<FoundDate> DanishDates::find(std::string_view utf8) const {
    const icu::UnicodeString text = to_unicode(utf8);
    int32_t ignored = 0;
    auto numeric = try_numeric(text, 0, ignored);
    auto textual = try_textual(text, 0, ignored);
    std::optional<FoundDate> found;
    if (numeric && textual) found = numeric->begin <= textual->begin ? numeric : textual;
    else found = numeric ? numeric : textual;
    if (!found) return std::nullopt;

    // The time written after the date ("… 2025 kl. 14:00", "06-03-2018 10:00:00"), else any.
    auto after = to_utf8(text.tempSubString(found->end));
    auto [start, end] = find_time(after);
    if (start.empty()) std::tie(start, end) = find_time(utf8);
    found->start_time = start;
    found->end_time = end;

    // A weekday written right before the date must fit it.
    auto before = text.tempSubString(0, found->begin);
    if (const auto weekday = weekday_.find(before)) {
        std::string written = schema::to_lower(weekday.group("wd"));
        auto [y, m, d] = std::tuple{std::stoi(found->iso.substr(0, 4)), std::stoi(found->iso.substr(5, 2)),
                                    std::stoi(found->iso.substr(8, 2))};
        found->weekday_mismatch = weekdays_[day_of_week(y, m, d) - 1] != written;
    }
    return found;
}

std::pair<std::string, std::string> DanishDates::find_time(std::string_view utf8) const {
    const icu::UnicodeString text = to_unicode(utf8);
    for (const auto* regex : {&time_range_, &clock_}) {
        const auto match = regex->find(text);
        if (!match) continue;
        std::string start = clock(match.group("h"), match.group("mi"));
        if (start.empty()) continue;
        std::string end = match.group("h2").empty() ? "" : clock(match.group("h2"), match.group("mi2"));
        return {start, end};
    }
    return {};
}

}  // namespace rs::indexer
