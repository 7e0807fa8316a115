#include "indexer/parse/layout_patterns.hpp"

#include <stdexcept>

#include "schema/vocabulary/data_table.hpp"

namespace rs::indexer {

using schema::DataError;
using schema::DataRow;
using schema::Regex;

namespace {

Regex compile(const DataRow& row, const std::string& pattern) {
    try {
        return Regex(pattern);
    } catch (const std::invalid_argument& e) {
        throw DataError(row.where() + ": " + e.what());
    }
}

std::vector<NamedPattern>* bucket_for(LayoutPatterns& patterns, const std::string& kind) {
    if (kind == "strip") return &patterns.strip;
    if (kind == "noise") return &patterns.noise;
    if (kind == "contents_heading") return &patterns.contents_heading;
    if (kind == "contents_entry") return &patterns.contents_entry;
    if (kind == "item") return &patterns.item;
    if (kind == "case_number") return &patterns.case_number;
    if (kind == "closed") return &patterns.closed;
    if (kind == "open") return &patterns.open;
    if (kind == "attendance") return &patterns.attendance;
    return nullptr;
}

}  // namespace

LayoutPatterns LayoutPatterns::load() {
    LayoutPatterns patterns;
    for (const auto& row : schema::load_data_table("line_patterns.tsv", 3)) {
        auto* bucket = bucket_for(patterns, row.at(0));
        if (!bucket) throw DataError(row.where() + ": unknown line kind '" + row.at(0) + "'");
        bucket->push_back({row.at(1), compile(row, row.at(2))});
    }
    for (const auto& row : schema::load_data_table("sections.tsv", 3)) {
        if (row.at(1) != "heading" && row.at(1) != "opening")
            throw DataError(row.where() + ": mode must be 'heading' or 'opening'");
        patterns.sections.push_back({row.at(0), row.at(1) == "opening", compile(row, row.at(2))});
    }
    for (const auto& row : schema::load_data_table("header_fields.tsv", 2))
        patterns.header_fields.push_back({row.at(0), compile(row, row.at(1))});
    for (const auto& row : schema::load_data_table("title_patterns.tsv", 3))
        patterns.title.push_back({row.at(0), row.at(1) == "-" ? "" : row.at(1), compile(row, row.at(2))});
    return patterns;
}

}  // namespace rs::indexer
