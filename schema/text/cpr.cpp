#include "schema/text/cpr.hpp"

#include <cstdio>
#include <optional>

#include "schema/iso_date.hpp"

namespace rs::schema {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

int two(std::string_view s, std::size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

// ddmmåå is a date in one of the centuries a living person's CPR number can have.
bool valid_birth_date(std::string_view text, std::size_t at) {
    const int day = two(text, at), month = two(text, at + 2), year = two(text, at + 4);
    for (const int century : {1900, 2000}) {
        char iso[32];  // room for any int the compiler cannot rule out (-Wformat-truncation)
        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", century + year, month, day);
        if (is_calendar_date(iso)) return true;
    }
    return false;
}

// The length of the CPR number starting at `at`, or nullopt: six digits, an optional
// hyphen or space, four digits, and no digit right before or after.
std::optional<std::size_t> cpr_at(std::string_view text, std::size_t at) {
    if (at > 0 && digit(text[at - 1])) return std::nullopt;
    if (at + 10 > text.size()) return std::nullopt;
    for (std::size_t i = 0; i < 6; ++i)
        if (!digit(text[at + i])) return std::nullopt;
    std::size_t rest = at + 6;
    if (rest < text.size() && (text[rest] == '-' || text[rest] == ' ')) ++rest;
    if (rest + 4 > text.size()) return std::nullopt;
    for (std::size_t i = 0; i < 4; ++i)
        if (!digit(text[rest + i])) return std::nullopt;
    const std::size_t end = rest + 4;
    if (end < text.size() && digit(text[end])) return std::nullopt;
    if (!valid_birth_date(text, at)) return std::nullopt;
    return end - at;
}

}  // namespace

std::size_t redact_cpr(std::string& text) {
    std::size_t count = 0;
    std::string out;
    std::size_t copied = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!digit(text[i])) continue;
        if (const auto length = cpr_at(text, i)) {
            out.append(text, copied, i - copied).append(cpr_placeholder);
            i += *length - 1;
            copied = i + 1;
            ++count;
        }
    }
    if (count == 0) return 0;
    out.append(text, copied, std::string::npos);
    text = std::move(out);
    return count;
}

bool contains_cpr(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i)
        if (digit(text[i]) && cpr_at(text, i)) return true;
    return false;
}

}  // namespace rs::schema
