#include "schema/analysis/derivations.hpp"

#include "schema/vocabulary/data_table.hpp"

namespace rs::schema::analysis {

namespace {

const std::vector<std::string>& suffixes() {
    static const std::vector<std::string> loaded = [] {
        std::vector<std::string> made;
        for (const auto& row : load_data_table("derivational_suffixes.tsv", 1)) made.push_back(row.at(0));
        return made;
    }();
    return loaded;
}

}  // namespace

std::vector<std::string> derived_forms(std::string_view lowercase_word) {
    std::vector<std::string> forms;
    if (lowercase_word.size() < shortest_derivable_word) return forms;
    for (const auto& suffix : suffixes()) {
        // A word that already ends in the suffix is derived, not the noun.
        if (lowercase_word.ends_with(suffix)) continue;
        forms.push_back(std::string(lowercase_word) + suffix);
    }
    return forms;
}

}  // namespace rs::schema::analysis
