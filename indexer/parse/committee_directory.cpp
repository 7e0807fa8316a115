#include "indexer/parse/committee_directory.hpp"

#include <algorithm>
#include <map>

#include "schema/text/plain_text.hpp"
#include "schema/text/unicode.hpp"
#include "schema/text/word_search.hpp"
#include "schema/vocabulary/data_table.hpp"

namespace rs::indexer {

using schema::count_words;
using schema::find_word;
using schema::to_lower;

namespace {
constexpr std::string_view municipality_suffix = " Kommune";

std::optional<CommitteeLevel> level_named(const std::string& level) {
    if (level == "municipal") return CommitteeLevel::municipal;
    if (level == "regional") return CommitteeLevel::regional;
    if (level == "any") return CommitteeLevel::any;
    return std::nullopt;
}

// "udvalget for ældre og sundhed " → "Udvalget for ældre og sundhed": the name as written,
// spaces collapsed and its first letter a capital.
std::string canonical_form(const std::string& written) {
    std::string name = schema::collapse_whitespace(written);
    if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
    return name;
}
}

CommitteeDirectory CommitteeDirectory::load() {
    CommitteeDirectory directory;
    for (const auto& row : schema::load_data_table("committees.tsv", 2)) {
        const auto level = level_named(row.at(1));
        if (!level || *level == CommitteeLevel::any)
            throw schema::DataError(row.where() + ": level must be municipal or regional, not '" + row.at(1) + "'");
        const std::size_t index = directory.committees_.size();
        directory.committees_.push_back({row.at(0), *level});
        directory.aliases_.push_back({to_lower(row.at(0)), index});
        for (const auto& alias : row.list(2)) directory.aliases_.push_back({to_lower(alias), index});
    }
    std::stable_sort(directory.aliases_.begin(), directory.aliases_.end(),
                     [](const Alias& a, const Alias& b) { return a.lower.size() > b.lower.size(); });
    for (const auto& row : schema::load_data_table("committee_patterns.tsv", 2)) {
        const auto level = level_named(row.at(0));
        if (!level) throw schema::DataError(row.where() + ": level must be municipal, regional or any");
        try {
            directory.patterns_.push_back({*level, schema::Regex(row.at(1))});
        } catch (const std::invalid_argument& e) {
            throw schema::DataError(row.where() + ": " + e.what());
        }
    }
    for (const auto& row : schema::load_data_table("region_evidence.tsv", 3)) {
        const std::string& name = row.at(0);
        if (name.size() > municipality_suffix.size() && name.ends_with(municipality_suffix))
            directory.municipalities_.emplace_back(to_lower(name), name);
    }
    return directory;
}

std::optional<CommitteeMatch> CommitteeDirectory::find_in_line(std::string_view line) const {
    const std::string lower = to_lower(line);
    std::optional<CommitteeMatch> best;
    for (const auto& alias : aliases_) {  // longest first: at equal positions the longest wins
        const std::size_t pos = find_word(lower, alias.lower);
        if (pos == std::string::npos || (best && pos >= best->position)) continue;
        const Committee& committee = committees_[alias.committee];
        best = CommitteeMatch{committee.name, committee.level, pos};
    }
    if (best) return best;
    for (const auto& pattern : patterns_)
        if (const auto match = pattern.regex.find(line)) {
            const std::string name = canonical_form(match.group("name"));
            if (!name.empty()) return CommitteeMatch{name, pattern.level, 0};
        }
    return std::nullopt;
}

std::string CommitteeDirectory::municipality_in_line(std::string_view line) const {
    const std::string lower = to_lower(line);
    std::size_t first = std::string::npos;
    std::string found;
    for (const auto& [name_lower, name] : municipalities_) {
        const std::size_t pos = find_word(lower, name_lower);
        if (pos < first) first = pos, found = name;
    }
    return found;
}

std::string CommitteeDirectory::most_mentioned_municipality(std::string_view text) const {
    const std::string lower = to_lower(text);
    std::string best;
    std::size_t best_count = 0;
    for (const auto& [name_lower, name] : municipalities_)
        if (const auto n = count_words(lower, name_lower); n > best_count) best_count = n, best = name;
    return best;
}

std::string CommitteeDirectory::body_name(const std::string& committee, const std::string& authority) {
    return authority.empty() ? committee : committee + ", " + authority;
}

}  // namespace rs::indexer
