#include "tests/indexer/property/generated_meeting.hpp"

#include <cstdio>

namespace rs::test {

std::string iso_date(const std::chrono::year_month_day& date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

std::string clock_time(int minutes) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", (minutes / 60) % 100, minutes % 60);
    return buffer;
}

std::string collapse_whitespace(const std::string& text) {
    std::string out;
    bool pending_space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += c;
    }
    return out;
}

std::string expected_decision_text(const GeneratedItem& item) {
    std::string joined;
    for (const auto& paragraph : item.decision) joined += paragraph + " ";
    return collapse_whitespace(joined);
}

}  // namespace rs::test
