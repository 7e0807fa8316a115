#include "schema/record_json.hpp"

#include <nlohmann/json.hpp>

namespace rs::schema {

using nlohmann::json;

json to_json(const Meeting& m) {
    return json{{"cluster", m.cluster}, {"body", m.body},
                {"region", m.region},   {"municipality", m.municipality},
                {"forum", m.forum},     {"forum_inferred", m.forum_inferred},
                {"date", m.date},       {"time", m.start_time},
                {"end_time", m.end_time}, {"place", m.place},
                {"kind", m.kind},       {"title", m.title},
                {"source", m.source}};
}

json to_json(const AgendaItem& item) {
    json sections = json::array();
    for (const auto& s : item.sections)
        sections.push_back(json{{"name", s.name}, {"heading", s.heading}, {"text", s.text}});
    return json{{"id", item.id},
                {"number", item.number},
                {"sub", item.sub},
                {"title", item.title},
                {"title_prefix", item.title_prefix},
                {"time_slot", item.time_slot},
                {"case_number", item.case_number},
                {"type", item.type},
                {"procedural", item.procedural},
                {"closed", item.closed},
                {"decisions", item.decisions},
                {"topics", item.topics},
                {"projects", item.projects},
                {"line", item.line},
                {"sections", std::move(sections)}};
}

json to_json(const Minutes& minutes) {
    json items = json::array();
    for (const auto& item : minutes.items) items.push_back(to_json(item));
    return json{{"meeting", to_json(minutes.meeting)}, {"items", std::move(items)}};
}

namespace {
template <typename T>
void read(const json& j, const char* key, T& out) {
    if (auto it = j.find(key); it != j.end() && !it->is_null()) it->get_to(out);
}
}  // namespace

Meeting meeting_from_json(const json& j) {
    Meeting m;
    read(j, "cluster", m.cluster);
    read(j, "body", m.body);
    read(j, "region", m.region);
    read(j, "municipality", m.municipality);
    read(j, "forum", m.forum);
    read(j, "forum_inferred", m.forum_inferred);
    read(j, "date", m.date);
    read(j, "time", m.start_time);
    read(j, "end_time", m.end_time);
    read(j, "place", m.place);
    read(j, "kind", m.kind);
    read(j, "title", m.title);
    read(j, "source", m.source);
    return m;
}

AgendaItem item_from_json(const json& j) {
    AgendaItem item;
    read(j, "id", item.id);
    read(j, "number", item.number);
    read(j, "sub", item.sub);
    read(j, "title", item.title);
    read(j, "title_prefix", item.title_prefix);
    read(j, "time_slot", item.time_slot);
    read(j, "case_number", item.case_number);
    read(j, "type", item.type);
    read(j, "procedural", item.procedural);
    read(j, "closed", item.closed);
    read(j, "decisions", item.decisions);
    read(j, "topics", item.topics);
    read(j, "projects", item.projects);
    read(j, "line", item.line);
    if (auto it = j.find("sections"); it != j.end())
        for (const auto& s : *it) {
            Section section;
            read(s, "name", section.name);
            read(s, "heading", section.heading);
            read(s, "text", section.text);
            item.sections.push_back(std::move(section));
        }
    return item;
}

}  // namespace rs::schema
