#include "tests/relevance/collection.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace rs::relevance {

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, '\t')) fields.push_back(field);
    if (!line.empty() && line.back() == '\t') fields.emplace_back();
    return fields;
}

// Every data row of a TSV file (the header skipped), with its line number.
std::vector<std::pair<int, std::vector<std::string>>> rows(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error(file.string() + ": cannot be read");
    std::vector<std::pair<int, std::vector<std::string>>> out;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (number == 1 || line.empty() || line.front() == '#') continue;
        out.emplace_back(number, split_tabs(line));
    }
    return out;
}

[[noreturn]] void fail(const std::filesystem::path& file, int line, const std::string& why) {
    throw std::runtime_error(file.string() + ":" + std::to_string(line) + ": " + why);
}

}  // namespace

Collection load_collection(const std::filesystem::path& dir) {
    Collection collection;
    const auto queries = dir / "queries.tsv";
    for (const auto& [line, fields] : rows(queries)) {
        if (fields.size() < 3 || fields[0].empty() || fields[2].empty())
            fail(queries, line, "expected id, class and query separated by tabs");
        if (collection.grades.contains(fields[0])) fail(queries, line, "duplicate query id " + fields[0]);
        collection.queries.push_back({fields[0], fields[1], fields[2]});
        collection.grades[fields[0]];
    }
    const auto judgments = dir / "judgments.tsv";
    for (const auto& [line, fields] : rows(judgments)) {
        if (fields.size() < 3) fail(judgments, line, "expected query id, item id and grade separated by tabs");
        const auto it = collection.grades.find(fields[0]);
        if (it == collection.grades.end()) fail(judgments, line, "unknown query id " + fields[0]);
        if (fields[2] != "1" && fields[2] != "2") fail(judgments, line, "grade must be 1 or 2, got " + fields[2]);
        if (!it->second.emplace(fields[1], std::stoi(fields[2])).second)
            fail(judgments, line, "item judged twice for " + fields[0]);
    }
    return collection;
}

}  // namespace rs::relevance
