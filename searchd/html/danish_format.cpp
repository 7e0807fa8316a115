#include "searchd/html/danish_format.hpp"

#include <algorithm>
#include <memory>

#include <unicode/calendar.h>
#include <unicode/coll.h>
#include <unicode/dtfmtsym.h>
#include <unicode/numfmt.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include "schema/iso_date.hpp"

namespace rs::html {

namespace {

const icu::Locale& danish() {
    static const icu::Locale locale("da", "DK");
    return locale;
}

// ICU formatters are not safe to share between threads: one per thread, made once.
icu::SimpleDateFormat* date_format() {
    thread_local std::unique_ptr<icu::SimpleDateFormat> format = [] {
        UErrorCode status = U_ZERO_ERROR;
        auto made = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString(u"d. MMMM y"), danish(), status);
        made->setTimeZone(*icu::TimeZone::getGMT());
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    return format.get();  // NOLINT(clang-analyzer-cplusplus.NewDelete): see facet_order.cpp
}

icu::NumberFormat* number_format() {
    thread_local std::unique_ptr<icu::NumberFormat> format = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::NumberFormat> made(icu::NumberFormat::createInstance(danish(), status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    return format.get();  // NOLINT(clang-analyzer-cplusplus.NewDelete): see facet_order.cpp
}

icu::Collator* collator() {
    thread_local std::unique_ptr<icu::Collator> made = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(danish(), status));
        if (U_SUCCESS(status)) c->setStrength(icu::Collator::SECONDARY);
        return U_SUCCESS(status) ? std::move(c) : nullptr;
    }();
    return made.get();  // NOLINT(clang-analyzer-cplusplus.NewDelete): see facet_order.cpp
}

}  // namespace

std::string danish_date(std::string_view iso_date) {
    if (!schema::is_calendar_date(iso_date)) return std::string(iso_date);
    auto* format = date_format();
    if (!format) return std::string(iso_date);
    const int year = std::stoi(std::string(iso_date.substr(0, 4)));
    const int month = std::stoi(std::string(iso_date.substr(5, 2)));
    const int day = std::stoi(std::string(iso_date.substr(8, 2)));
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(*icu::TimeZone::getGMT(), danish(), status));
    if (U_FAILURE(status)) return std::string(iso_date);
    calendar->clear();
    calendar->set(year, month - 1, day);
    const UDate when = calendar->getTime(status);
    if (U_FAILURE(status)) return std::string(iso_date);
    icu::UnicodeString text;
    format->format(when, text);
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string danish_number(std::uint64_t value) {
    auto* format = number_format();
    if (!format) return std::to_string(value);
    icu::UnicodeString text;
    format->format(static_cast<int64_t>(value), text);
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string item_count(std::uint64_t count) { return danish_number(count) + (count == 1 ? " punkt" : " punkter"); }

void sort_danish(std::vector<std::string>& values) {
    auto* c = collator();
    if (!c) {
        std::sort(values.begin(), values.end());
        return;
    }
    std::stable_sort(values.begin(), values.end(), [c](const std::string& a, const std::string& b) {
        UErrorCode status = U_ZERO_ERROR;
        return c->compareUTF8(a, b, status) == UCOL_LESS;
    });
}

const std::array<std::string, 12>& danish_short_months() {
    static const std::array<std::string, 12> names = [] {
        std::array<std::string, 12> out{"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
        UErrorCode status = U_ZERO_ERROR;
        const icu::DateFormatSymbols symbols(danish(), status);
        if (U_FAILURE(status)) return out;
        int32_t count = 0;
        const icu::UnicodeString* months =
            symbols.getMonths(count, icu::DateFormatSymbols::STANDALONE, icu::DateFormatSymbols::ABBREVIATED);
        for (int32_t i = 0; i < count && i < 12; ++i) {
            std::string name;
            months[i].toUTF8String(name);
            while (!name.empty() && name.back() == '.') name.pop_back();  // CLDR writes "jan."
            if (!name.empty()) out[static_cast<std::size_t>(i)] = name;
        }
        return out;
    }();
    return names;
}

}  // namespace rs::html
