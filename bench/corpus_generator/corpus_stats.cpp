#include "bench/corpus_generator/corpus_stats.hpp"

#include <cstdio>

#include <nlohmann/json.hpp>

namespace rs::corpus_generator {

void CorpusStats::add(const MeetingContent& meeting, std::uint64_t size) {
    const MeetingPlan& plan = *meeting.plan;
    ++files;
    ++meetings;
    agendas += plan.agenda ? 1 : 0;
    bytes += size;
    ++formats[std::string(format_name(plan.format))];
    ++layouts[std::string(family_name(plan.family))];
    BodyCount& body = bodies[meeting.body->canonical];
    ++body.meetings;
    for (const auto& item : meeting.items) {
        ++items;
        if (item.closed) {
            ++closed_items;
            continue;
        }
        ++open_items;
        ++body.open_items;
        procedural_items += item.procedural ? 1 : 0;
        if (!plan.agenda)
            for (const auto& outcome : item.outcomes) ++outcomes[outcome];
        if (!item.topic.empty()) ++topics[item.topic];
        if (!item.project.empty()) ++projects[item.project];
    }
}

void CorpusStats::merge(const CorpusStats& other) {
    files += other.files;
    meetings += other.meetings;
    agendas += other.agendas;
    items += other.items;
    open_items += other.open_items;
    closed_items += other.closed_items;
    procedural_items += other.procedural_items;
    bytes += other.bytes;
    for (const auto& [k, v] : other.formats) formats[k] += v;
    for (const auto& [k, v] : other.layouts) layouts[k] += v;
    for (const auto& [k, v] : other.bodies) {
        bodies[k].meetings += v.meetings;
        bodies[k].open_items += v.open_items;
    }
    for (const auto& [k, v] : other.outcomes) outcomes[k] += v;
    for (const auto& [k, v] : other.topics) topics[k] += v;
    for (const auto& [k, v] : other.projects) projects[k] += v;
}

std::string CorpusStats::summary_line() const {
    char megabytes[32];
    std::snprintf(megabytes, sizeof megabytes, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return "wrote " + std::to_string(files) + " files: " + std::to_string(meetings) + " meetings, " +
           std::to_string(items) + " items (" + std::to_string(open_items) + " open, " + std::to_string(closed_items) +
           " closed), " + megabytes;
}

std::string CorpusStats::manifest_json(std::uint64_t seed, std::size_t items_requested) const {
    nlohmann::json json;
    json["seed"] = seed;
    json["items_requested"] = items_requested;
    json["files"] = files;
    json["meetings"] = meetings;
    json["agendas"] = agendas;
    json["items"] = items;
    json["open_items"] = open_items;
    json["closed_items"] = closed_items;
    json["procedural_items"] = procedural_items;
    json["bytes"] = bytes;
    json["formats"] = formats;
    json["layouts"] = layouts;
    nlohmann::json per_body = nlohmann::json::object();
    for (const auto& [name, count] : bodies) per_body[name] = {{"meetings", count.meetings}, {"open_items", count.open_items}};
    json["bodies"] = per_body;
    json["outcomes"] = outcomes;
    json["topics"] = topics;
    json["projects"] = projects;
    return json.dump(2) + "\n";
}

}  // namespace rs::corpus_generator
