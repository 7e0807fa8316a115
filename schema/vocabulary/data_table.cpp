#include "schema/vocabulary/data_table.hpp"

#include "schema/vocabulary/embedded_data.hpp"

namespace rs::schema {

namespace {
std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}
const std::string empty_column;
}  // namespace

const std::string& DataRow::at(std::size_t i) const {
    return i < columns.size() ? columns[i] : empty_column;
}

std::vector<std::string> DataRow::list(std::size_t i) const {
    std::vector<std::string> items;
    std::string_view rest = at(i);
    while (!rest.empty()) {
        auto bar = rest.find(" | ");
        auto item = trim(rest.substr(0, bar));
        if (!item.empty()) items.emplace_back(item);
        if (bar == std::string_view::npos) break;
        rest.remove_prefix(bar + 3);
    }
    return items;
}

std::string DataRow::where() const { return file + ":" + std::to_string(line); }

std::vector<DataRow> parse_data_table(std::string_view name, std::string_view content,
                                      std::size_t min_columns) {
    std::vector<DataRow> rows;
    int line_number = 0;
    while (!content.empty()) {
        auto end = content.find('\n');
        std::string_view line = content.substr(0, end);
        content.remove_prefix(end == std::string_view::npos ? content.size() : end + 1);
        ++line_number;
        if (trim(line).empty() || trim(line).front() == '#') continue;
        DataRow row{std::string(name), line_number, {}};
        while (!line.empty()) {
            auto tab = line.find('\t');
            auto column = trim(line.substr(0, tab));
            row.columns.emplace_back(column);
            if (tab == std::string_view::npos) break;
            line.remove_prefix(tab);
            while (!line.empty() && line.front() == '\t') line.remove_prefix(1);
        }
        if (row.columns.size() < min_columns)
            throw DataError(row.where() + ": expected at least " + std::to_string(min_columns) +
                            " tab-separated columns, found " + std::to_string(row.columns.size()));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<DataRow> load_data_table(std::string_view name, std::size_t min_columns) {
    auto content = embedded_data(name);
    if (!content) throw DataError("schema/data/" + std::string(name) + " is not built in");
    return parse_data_table(name, *content, min_columns);
}

}  // namespace rs::schema
