#include "tests/indexer/property/body_tables.hpp"

#include <sstream>

#include "tests/support/paths.hpp"

namespace rs::test {
namespace {

/// Non-empty tab-separated fields of a line (the data files align columns with tabs).
std::vector<std::string> tab_fields(const std::string& line) {
    std::vector<std::string> fields;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, '\t'))
        if (!field.empty()) fields.push_back(field);
    return fields;
}

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \r");
    if (first == std::string::npos) return "";
    const auto last = text.find_last_not_of(" \r");
    return text.substr(first, last - first + 1);
}

/// "a | b | c" → {"a", "b", "c"}.
std::vector<std::string> split_aliases(const std::string& text) {
    std::vector<std::string> aliases;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto bar = text.find('|', start);
        const auto alias = trim(text.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
        if (!alias.empty()) aliases.push_back(alias);
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    return aliases;
}

/// The data rows of a schema/data file, comments and blank lines dropped.
std::vector<std::vector<std::string>> data_rows(const std::string& file) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(read_file(source_dir() / "schema" / "data" / file));
    std::string line;
    while (std::getline(in, line)) {
        if (trim(line).empty() || line.front() == '#') continue;
        rows.push_back(tab_fields(line));
    }
    return rows;
}

}  // namespace

std::vector<BodyEntry> load_bodies() {
    std::vector<BodyEntry> bodies;
    for (const auto& row : data_rows("clusters.tsv")) {
        if (row.size() < 2) continue;
        bodies.push_back({trim(row[0]), trim(row[1]), row.size() > 2 ? split_aliases(row[2]) : std::vector<std::string>{}});
    }
    return bodies;
}

std::vector<ForumEntry> load_forums() {
    std::vector<ForumEntry> forums;
    for (const auto& row : data_rows("forums.tsv")) {
        if (row.empty()) continue;
        forums.push_back({trim(row[0]), row.size() > 1 ? split_aliases(row[1]) : std::vector<std::string>{}});
    }
    return forums;
}

}  // namespace rs::test
