#include "indexer/parse/body_directory.hpp"

#include <algorithm>
#include <stdexcept>

#include "schema/text/unicode.hpp"
#include "schema/text/word_search.hpp"
#include "schema/vocabulary/data_table.hpp"

namespace rs::indexer {

using schema::count_words;
using schema::find_word;
using schema::to_lower;

namespace {
constexpr double region_name_weight = 3.0;
}

BodyDirectory BodyDirectory::load() {
    BodyDirectory directory;
    for (const auto& row : schema::load_data_table("regions.tsv", 1)) {
        directory.region_aliases_lower_[to_lower(row.at(0))] = row.at(0);
        directory.evidence_terms_.push_back({to_lower(row.at(0)), row.at(0), region_name_weight});
        for (const auto& alias : row.list(1)) {
            directory.region_aliases_lower_[to_lower(alias)] = row.at(0);
            directory.evidence_terms_.push_back({to_lower(alias), row.at(0), region_name_weight});
        }
    }
    std::map<std::string, std::size_t> alias_index;
    auto add_alias = [&](const std::string& alias, std::size_t body) {
        std::string lower = to_lower(alias);
        auto [it, inserted] = alias_index.emplace(lower, directory.aliases_.size());
        if (inserted) directory.aliases_.push_back({lower, {}});
        auto& bodies = directory.aliases_[it->second].bodies;
        if (std::find(bodies.begin(), bodies.end(), body) == bodies.end()) bodies.push_back(body);
    };
    for (const auto& row : schema::load_data_table("clusters.tsv", 2)) {
        if (directory.canonical_region(row.at(1)).empty())
            throw schema::DataError(row.where() + ": unknown region '" + row.at(1) + "'");
        std::size_t body = directory.bodies_.size();
        directory.bodies_.push_back({row.at(0), directory.canonical_region(row.at(1))});
        add_alias(row.at(0), body);
        for (const auto& alias : row.list(2)) add_alias(alias, body);
    }
    std::stable_sort(directory.aliases_.begin(), directory.aliases_.end(),
                     [](const Alias& a, const Alias& b) { return a.lower.size() > b.lower.size(); });
    for (const auto& row : schema::load_data_table("region_evidence.tsv", 3)) {
        std::string region = directory.canonical_region(row.at(1));
        if (region.empty()) throw schema::DataError(row.where() + ": unknown region '" + row.at(1) + "'");
        directory.evidence_terms_.push_back({to_lower(row.at(0)), region, std::stod(row.at(2))});
    }
    for (const auto& row : schema::load_data_table("body_patterns.tsv", 3)) {
        try {
            directory.patterns_.push_back({row.at(1), schema::Regex(row.at(2))});
        } catch (const std::invalid_argument& e) {
            throw schema::DataError(row.where() + ": " + e.what());
        }
    }
    for (const auto& row : schema::load_data_table("body_exclusions.tsv", 1))
        directory.exclusions_lower_.push_back(to_lower(row.at(0)));
    return directory;
}

std::string BodyDirectory::canonical_region(std::string_view alias) const {
    auto it = region_aliases_lower_.find(to_lower(alias));
    return it == region_aliases_lower_.end() ? std::string() : it->second;
}

RegionEvidence BodyDirectory::region_evidence(std::string_view text) const {
    const std::string lower = to_lower(text);
    RegionEvidence evidence;
    for (const auto& term : evidence_terms_)
        if (auto n = count_words(lower, term.lower)) evidence[term.region] += term.weight * static_cast<double>(n);
    return evidence;
}

std::string BodyDirectory::likeliest_region(const RegionEvidence& evidence) {
    std::string best;
    double best_weight = 0;
    for (const auto& [region, weight] : evidence)
        if (weight > best_weight) best = region, best_weight = weight;
    return best;
}

const BodyDirectory::Body& BodyDirectory::choose(const Alias& alias, const RegionEvidence& evidence) const {
    // Several bodies share the alias: the region with most evidence decides; without any,
    // the body whose canonical name is the alias itself.
    const Body* best = &bodies_[alias.bodies.front()];
    double best_weight = -1;
    for (std::size_t index : alias.bodies) {
        const Body& body = bodies_[index];
        auto it = evidence.find(body.region);
        double weight = it == evidence.end() ? 0.0 : it->second;
        if (weight == 0 && to_lower(body.name) == alias.lower) weight = 0.5;
        if (weight > best_weight) best = &body, best_weight = weight;
    }
    return *best;
}

bool BodyDirectory::excluded(std::string_view name) const {
    const std::string lower = to_lower(name);
    return std::find(exclusions_lower_.begin(), exclusions_lower_.end(), lower) != exclusions_lower_.end();
}

std::optional<BodyMatch> BodyDirectory::find_in_line(std::string_view line, const RegionEvidence& evidence) const {
    const std::string lower = to_lower(line);
    std::optional<BodyMatch> best;
    for (const auto& alias : aliases_) {  // longest first: at equal positions the longest wins
        std::size_t pos = find_word(lower, alias.lower);
        if (pos == std::string::npos || (best && pos >= best->position)) continue;
        const Body& body = choose(alias, evidence);
        best = BodyMatch{body.name, body.region, pos, true};
    }
    if (best) return best;
    for (const auto& pattern : patterns_) {
        const auto match = pattern.regex.find(line);
        if (!match) continue;
        std::string name = match.group("name");
        std::string canonical = pattern.template_;
        canonical.replace(canonical.find("{}"), 2, name);
        if (excluded(canonical) || excluded(match.group(0))) continue;
        return BodyMatch{canonical, likeliest_region(evidence), 0, false};
    }
    return std::nullopt;
}

std::optional<BodyMatch> BodyDirectory::most_mentioned(std::string_view text, const RegionEvidence& evidence) const {
    const std::string lower = to_lower(text);
    std::map<std::string, std::pair<std::size_t, const Body*>> counts;
    for (const auto& alias : aliases_)
        if (auto n = count_words(lower, alias.lower)) {
            const Body& body = choose(alias, evidence);
            counts[body.name].first += n;
            counts[body.name].second = &body;
        }
    std::optional<BodyMatch> best;
    std::size_t best_count = 0;
    for (const auto& [name, entry] : counts)
        if (entry.first > best_count) {
            best_count = entry.first;
            best = BodyMatch{entry.second->name, entry.second->region, 0, true};
        }
    return best;
}

}  // namespace rs::indexer
