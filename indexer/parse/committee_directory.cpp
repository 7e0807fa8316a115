#include "indexer/parse/committee_directory.hpp"

#include <algorithm>
#include <map>

#include "schema/text/unicode.hpp"
#include "schema/text/word_search.hpp"
#include "schema/vocabulary/data_table.hpp"

namespace rs::indexer {

using schema::count_words;
using schema::find_word;
using schema::to_lower;

namespace {
constexpr std::string_view municipality_suffix = " Kommune";
}

CommitteeDirectory CommitteeDirectory::load() {
    CommitteeDirectory directory;
    for (const auto& row : schema::load_data_table("committees.tsv", 2)) {
        const std::string& level = row.at(1);
        if (level != "municipal" && level != "regional")
            throw schema::DataError(row.where() + ": level must be municipal or regional, not '" + level + "'");
        const std::size_t index = directory.committees_.size();
        directory.committees_.push_back({row.at(0), level == "municipal"});
        directory.aliases_.push_back({to_lower(row.at(0)), index});
        for (const auto& alias : row.list(2)) directory.aliases_.push_back({to_lower(alias), index});
    }
    std::stable_sort(directory.aliases_.begin(), directory.aliases_.end(),
                     [](const Alias& a, const Alias& b) { return a.lower.size() > b.lower.size(); });
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
        best = CommitteeMatch{committee.name, committee.municipal, pos};
    }
    return best;
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
