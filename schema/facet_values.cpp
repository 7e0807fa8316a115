#include "schema/facet_values.hpp"

#include <algorithm>

#include "schema/iso_date.hpp"
#include "schema/text/unicode.hpp"

namespace rs::schema {

namespace {
std::vector<std::string> raw_values(const Facet& facet, const Meeting& meeting, const AgendaItem& item) {
    switch (facet.slot) {
        case slot_cluster: return {meeting.cluster};
        case slot_body: return {meeting.body};
        case slot_region: return {meeting.region};
        case slot_forum: return {meeting.forum};
        case slot_type: return {item.type};
        case slot_decision: return item.decisions;
        case slot_topic: return item.topics;
        case slot_project: return item.projects;
        case slot_year: return {year_of(meeting.date)};
        case slot_kind: return {meeting.kind};
        default: return {};  // not a facet slot
    }
}
}  // namespace

std::vector<std::string> facet_values(const Facet& facet, const Meeting& meeting, const AgendaItem& item) {
    std::vector<std::string> values;
    std::vector<std::string> seen;  // lowercased: two spellings would share one filter term
    for (auto& value : raw_values(facet, meeting, item)) {
        if (value.empty()) continue;
        auto key = to_lower(value);
        if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
        seen.push_back(std::move(key));
        values.push_back(std::move(value));
    }
    return values;
}

std::string date_slot_value(std::string_view iso_date) {
    if (!is_calendar_date(iso_date)) return "";
    return std::string(iso_date.substr(0, 4)) + std::string(iso_date.substr(5, 2)) +
           std::string(iso_date.substr(8, 2));
}

std::string year_of(std::string_view iso_date) {
    return is_calendar_date(iso_date) ? std::string(iso_date.substr(0, 4)) : std::string();
}

}  // namespace rs::schema
