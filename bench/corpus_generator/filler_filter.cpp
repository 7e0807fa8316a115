#include "bench/corpus_generator/filler_filter.hpp"

#include "schema/text/unicode.hpp"
#include "schema/vocabulary/data_table.hpp"

namespace rs::corpus_generator {

namespace {

// Words before a number that the parser reads as an item reference or heading ("punkt 4",
// "pkt. 7"), and abbreviations that make a sentence end look like it does not.
constexpr const char* structural_words[] = {"punkt", "pkt", "dagsordenspunkt", "dagsordenpunkt", "sagsnr",
                                            "kl", "jf", "bl", "ca", "nr", "lukket", "fortrolig", "fortroligt"};

/// Adds every word of `names` (lowercased, split on spaces and hyphens) to `words`.
void add_words(std::set<std::string, std::less<>>& words, const std::string& names) {
    std::string word;
    for (char c : schema::to_lower(names) + " ") {
        if (c == ' ' || c == '-' || c == '/' || c == ':' || c == '(' || c == ')' || c == ',') {
            if (!word.empty()) words.insert(word);
            word.clear();
        } else {
            word += c;
        }
    }
}

}  // namespace

FillerFilter FillerFilter::from_schema() {
    FillerFilter filter;
    for (const char* word : structural_words) filter.words_.insert(word);
    // Names of regions, places, bodies, forums, committees and projects: single words of
    // them only, since a word of a name ("klar") is also ordinary Danish only when it is
    // itself the whole alias.
    const auto whole_aliases = [&](std::string_view file, std::size_t first, std::size_t last) {
        for (const auto& row : schema::load_data_table(file, 1))
            for (std::size_t column = first; column <= last && column < row.columns.size(); ++column)
                for (const auto& alias : row.list(column))
                    if (alias.find(' ') == std::string::npos) add_words(filter.words_, alias);
    };
    whole_aliases("regions.tsv", 0, 1);
    whole_aliases("region_evidence.tsv", 0, 0);
    whole_aliases("clusters.tsv", 0, 2);
    whole_aliases("forums.tsv", 0, 1);
    whole_aliases("committees.tsv", 0, 2);
    whole_aliases("projects.tsv", 0, 1);
    // Outcome, case-type and topic patterns are tried on each candidate word alone.
    // Candidates are lowercase and so are the tables' patterns: matching case-sensitively is
    // the same here and several times faster than ICU's case folding. (One alternation of
    // all of them was slower still: it defeats ICU's first-character optimisation.)
    for (const auto& row : schema::load_data_table("decisions.tsv", 3)) filter.patterns_.emplace_back(row.at(2), false);
    for (const auto& row : schema::load_data_table("case_types.tsv", 2)) filter.patterns_.emplace_back(row.at(1), false);
    for (const auto& row : schema::load_data_table("topics.tsv", 2)) filter.patterns_.emplace_back(row.at(1), false);
    return filter;
}

bool FillerFilter::allows(std::string_view word) const {
    if (words_.contains(word)) return false;
    const icu::UnicodeString text = schema::to_unicode(word);
    for (const auto& pattern : patterns_)
        if (pattern.find(text)) return false;
    return true;
}

}  // namespace rs::corpus_generator
