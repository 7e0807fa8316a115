#include "bench/corpus_generator/domain_data.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "bench/corpus_generator/embedded_data.hpp"
#include "schema/vocabulary/data_table.hpp"
#include "schema/text/stable_hash.hpp"

namespace rs::corpus_generator {

using schema::DataError;
using schema::DataRow;

namespace {

std::vector<DataRow> table(std::string_view name, std::size_t columns) {
    const auto content = embedded_data(name);
    if (!content) throw DataError(std::string("the generator has no data file ") + std::string(name));
    return schema::parse_data_table(name, *content, columns);
}

/// A " | " list where "-" means none.
std::vector<std::string> list_of(const DataRow& row, std::size_t column) {
    std::vector<std::string> items = row.list(column);
    if (items.size() == 1 && items[0] == "-") items.clear();
    return items;
}

int year_of(const DataRow& row, const std::string& text) {
    try {
        std::size_t used = 0;
        const int year = std::stoi(text, &used);
        if (used == text.size() && year >= 1900 && year <= 2100) return year;
    } catch (const std::exception&) {
    }
    throw DataError(row.where() + ": '" + text + "' is not a year");
}

std::pair<int, int> years_of(const DataRow& row, const std::string& text) {
    const auto dash = text.find('-');
    if (dash == std::string::npos) throw DataError(row.where() + ": years must read FROM-TO, not '" + text + "'");
    return {year_of(row, text.substr(0, dash)), year_of(row, text.substr(dash + 1))};
}

unsigned weight_of(const DataRow& row, const std::string& text) {
    try {
        std::size_t used = 0;
        const unsigned long weight = std::stoul(text, &used);
        if (used == text.size() && weight > 0 && weight < 1000000) return static_cast<unsigned>(weight);
    } catch (const std::exception&) {
    }
    throw DataError(row.where() + ": '" + text + "' is not a positive weight");
}

std::optional<BodyKind> kind_named(const std::string& name) {
    for (BodyKind kind : {BodyKind::cluster, BodyKind::sundhedsraad, BodyKind::regional, BodyKind::municipal})
        if (body_kind_name(kind) == name) return kind;
    return std::nullopt;
}

CaseType case_type_of(const DataRow& row, const std::string& text) {
    if (text == "beslutningssag") return CaseType::beslutning;
    if (text == "orienteringssag") return CaseType::orientering;
    if (text == "drøftelsessag") return CaseType::droftelse;
    throw DataError(row.where() + ": unknown case type '" + text + "'");
}

std::vector<std::string> outcomes_of(const std::string& text) {
    std::vector<std::string> outcomes;
    if (text == "-") return outcomes;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t plus = text.find('+', start);
        outcomes.push_back(text.substr(start, plus == std::string::npos ? std::string::npos : plus - start));
        if (plus == std::string::npos) break;
        start = plus + 1;
    }
    return outcomes;
}

void load_clusters(DomainData& data) {
    for (const auto& row : table("clusters.tsv", 7)) {
        Body body;
        body.name = body.canonical = row.at(0);
        body.kind = body.name.starts_with("Sundhedsråd") ? BodyKind::sundhedsraad : BodyKind::cluster;
        body.region = row.at(1);
        std::tie(body.from_year, body.to_year) = years_of(row, row.at(2));
        body.hospital = row.at(3);
        body.forums = list_of(row, 4);
        body.written = list_of(row, 5);
        body.towns = list_of(row, 6);
        if (body.forums.empty() || body.towns.empty()) throw DataError(row.where() + ": a body needs forums and towns");
        data.bodies.push_back(std::move(body));
    }
}

// Regional committees meet in every region; each municipality gets one municipal committee,
// chosen by a hash of its name so that it is the same for every seed.
void load_committees(DomainData& data) {
    struct Region {
        std::string hospital;
        std::vector<std::string> towns;
    };
    std::map<std::string, Region> regions;
    std::vector<std::pair<std::string, std::string>> municipalities;  // town, region
    for (const auto& body : data.bodies) {
        if (body.kind != BodyKind::cluster) continue;
        auto& region = regions[body.region];
        if (region.hospital.empty()) region.hospital = body.hospital;
        for (const auto& town : body.towns) {
            region.towns.push_back(town);
            if (town != "Bornholm") municipalities.emplace_back(town, body.region);
        }
    }
    std::vector<Body> municipal_kinds;
    for (const auto& row : table("committees.tsv", 3)) {
        Body committee;
        committee.name = row.at(0);
        std::tie(committee.from_year, committee.to_year) = years_of(row, row.at(2));
        committee.written = list_of(row, 3);
        if (row.at(1) == "regional") {
            for (const auto& [name, region] : regions) {
                Body body = committee;
                body.kind = BodyKind::regional;
                body.region = name;
                body.canonical = committee.name + ", " + name;
                body.hospital = region.hospital;
                body.towns = region.towns;
                data.bodies.push_back(std::move(body));
            }
        } else if (row.at(1) == "municipal") {
            municipal_kinds.push_back(std::move(committee));
        } else {
            throw DataError(row.where() + ": level must be regional or municipal");
        }
    }
    if (municipal_kinds.empty()) throw DataError("committees.tsv: no municipal committee");
    for (const auto& [town, region] : municipalities) {
        Body body = municipal_kinds[schema::stable_hash(town) % municipal_kinds.size()];
        body.kind = BodyKind::municipal;
        body.region = region;
        body.municipality = town + " Kommune";
        body.canonical = body.name + ", " + body.municipality;
        body.hospital = regions[region].hospital;
        body.towns = {town};
        data.bodies.push_back(std::move(body));
    }
}

void load_topics(DomainData& data) {
    std::map<std::string, std::size_t> index;
    for (const auto& row : table("topics.tsv", 4)) {
        auto [it, added] = index.emplace(row.at(0), data.topics.size());
        if (added) data.topics.push_back({row.at(0), {}, {}});
        Topic& topic = data.topics[it->second];
        TopicText text{year_of(row, row.at(2)), row.at(3)};
        if (row.at(1) == "title") topic.titles.push_back(std::move(text));
        else if (row.at(1) == "phrase") topic.phrases.push_back(std::move(text));
        else throw DataError(row.where() + ": kind must be title or phrase");
    }
    for (const auto& topic : data.topics)
        if (topic.titles.empty() || topic.phrases.empty())
            throw DataError("topics.tsv: topic '" + topic.name + "' needs titles and phrases");
}

void load_projects(DomainData& data) {
    for (const auto& row : table("projects.tsv", 5)) {
        Project project{row.at(0), row.at(1), list_of(row, 2), year_of(row, row.at(3)), list_of(row, 4)};
        if (project.regions.size() == 1 && project.regions[0] == "*") project.regions.clear();
        data.topic(project.topic);  // throws for a topic topics.tsv does not have
        if (project.written.empty()) throw DataError(row.where() + ": a project needs written names");
        data.projects.push_back(std::move(project));
    }
}

void load_decisions(DomainData& data) {
    for (const auto& row : table("decisions.tsv", 4))
        data.decisions.push_back(
            {case_type_of(row, row.at(0)), weight_of(row, row.at(1)), outcomes_of(row.at(2)), row.at(3)});
    for (const auto& row : table("procedural.tsv", 5)) {
        ProceduralItem item;
        if (row.at(0) == "first") item.position = Position::first;
        else if (row.at(0) == "middle") item.position = Position::middle;
        else if (row.at(0) == "last") item.position = Position::last;
        else if (row.at(0) == "closed") item.position = Position::closed;
        else throw DataError(row.where() + ": position must be first, middle, last or closed");
        item.weight = weight_of(row, row.at(1));
        item.title = row.at(2);
        item.outcomes = outcomes_of(row.at(3));
        item.decision = row.at(4) == "{none}" ? "" : row.at(4);
        data.procedural.push_back(std::move(item));
    }
}

void load_objects(DomainData& data) {
    for (const auto& row : table("objects.tsv", 2)) {
        switch (case_type_of(row, row.at(0))) {
            case CaseType::beslutning: data.decision_objects.push_back(row.at(1)); break;
            case CaseType::orientering: data.orientation_objects.push_back(row.at(1)); break;
            case CaseType::droftelse: data.discussion_objects.push_back(row.at(1)); break;
        }
    }
    if (data.decision_objects.empty() || data.orientation_objects.empty() || data.discussion_objects.empty())
        throw DataError("objects.tsv: needs objects for every case type");
}

void load_systems(DomainData& data) {
    for (const auto& row : table("systems.tsv", 7)) {
        MinutesSystem system;
        const auto kind = kind_named(row.at(0));
        if (!kind) throw DataError(row.where() + ": unknown kind of body '" + row.at(0) + "'");
        system.kind = *kind;
        system.region = row.at(1) == "*" ? "" : row.at(1);
        system.from_year = year_of(row, row.at(2));
        system.to_year = year_of(row, row.at(3));
        system.weight = weight_of(row, row.at(4));
        const auto family = family_named(row.at(5));
        if (!family) throw DataError(row.where() + ": unknown layout family '" + row.at(5) + "'");
        system.family = *family;
        for (const auto& entry : row.list(6)) {
            const auto colon = entry.find(':');
            const auto format = format_named(entry.substr(0, colon));
            if (colon == std::string::npos || !format)
                throw DataError(row.where() + ": formats read name:weight, not '" + entry + "'");
            system.formats.push_back(*format);
            system.format_weights.push_back(weight_of(row, entry.substr(colon + 1)));
        }
        data.systems.push_back(std::move(system));
    }
}

void load_people(DomainData& data) {
    for (const auto& row : table("people.tsv", 2)) {
        if (row.at(0) == "first") data.first_names.push_back(row.at(1));
        else if (row.at(0) == "last") data.last_names.push_back(row.at(1));
        else if (row.at(0) == "title") data.job_titles.push_back(row.at(1));
        else throw DataError(row.where() + ": kind must be first, last or title");
    }
    if (data.first_names.empty() || data.last_names.empty() || data.job_titles.empty())
        throw DataError("people.tsv: needs first names, last names and titles");
}

}  // namespace

std::vector<std::string> organisations_of(const Body& body) {
    std::vector<std::string> organisations;
    for (const auto& town : body.towns) organisations.push_back(town + " Kommune");
    if (body.kind == BodyKind::municipal) organisations.push_back(body.municipality);  // named most
    organisations.push_back(body.hospital);
    organisations.push_back(body.region);
    organisations.push_back("PLO");
    return organisations;
}

std::string_view body_kind_name(BodyKind kind) {
    switch (kind) {
        case BodyKind::cluster: return "cluster";
        case BodyKind::sundhedsraad: return "sundhedsraad";
        case BodyKind::regional: return "regional";
        case BodyKind::municipal: return "municipal";
    }
    return "cluster";
}

DomainData DomainData::load() {
    DomainData data;
    load_clusters(data);
    load_committees(data);
    load_topics(data);
    load_projects(data);
    load_decisions(data);
    load_objects(data);
    load_systems(data);
    load_people(data);
    // Every body must have a minutes system for every year it meets in.
    for (const auto& body : data.bodies)
        for (int year = body.from_year; year <= body.to_year; ++year)
            if (data.systems_for(body, year).empty())
                throw DataError("systems.tsv: no minutes system for " + body.canonical + " in " + std::to_string(year));
    return data;
}

std::vector<const MinutesSystem*> DomainData::systems_for(const Body& body, int year) const {
    std::vector<const MinutesSystem*> found;
    for (const auto& system : systems)
        if (system.kind == body.kind && (system.region.empty() || system.region == body.region) &&
            system.from_year <= year && year <= system.to_year)
            found.push_back(&system);
    return found;
}

const Topic& DomainData::topic(const std::string& name) const {
    for (const auto& topic : topics)
        if (topic.name == name) return topic;
    throw std::out_of_range("no topic '" + name + "'");
}

}  // namespace rs::corpus_generator
