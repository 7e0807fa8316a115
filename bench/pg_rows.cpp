// The items of a Referatsøg index as rows for PostgreSQL's COPY (text format), so that the
// PostgreSQL peer of bench/run.sh indexes exactly the items Referatsøg indexed:
//   pg_rows --index DIR > items.tsv
// Columns: id, cluster, body, region, forum, type, kind, year, date, decisions, topics,
// projects (arrays as PostgreSQL literals), title, text (every section, in order).
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/index_shards.hpp"
#include "searchd/search/item_reader.hpp"

namespace {

// COPY's text format: backslash, tab, newline and carriage return escaped.
std::string copy_field(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            default: out += c;
        }
    }
    return out;
}

// {"a","b"}: an array literal, each element quoted.
std::string array_literal(const std::vector<std::string>& values) {
    std::string out = "{";
    for (const auto& value : values) {
        if (out.size() > 1) out += ',';
        out += '"';
        for (const char c : value) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + "}";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 || std::string(argv[1]) != "--index") {
        std::cerr << "usage: pg_rows --index DIR > items.tsv\n";
        return 2;
    }
    Xapian::Database db;
    for (const auto& shard : rs::schema::index_shards(argv[2])) db.add_database(Xapian::Database(shard.string()));
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        const rs::search::Hit hit = rs::search::read_hit(db.get_document(*it), 0.0);
        const auto& m = hit.meeting;
        const auto& item = hit.item;
        std::string text;
        for (const auto& section : item.sections) {
            if (!text.empty()) text += '\n';
            text += section.text;
        }
        const std::string year = m.date.size() >= 4 ? m.date.substr(0, 4) : "";
        // No date is COPY's NULL (\N); every other field, array literals included, is
        // escaped for COPY, which unescapes before PostgreSQL reads the array.
        const std::vector<std::optional<std::string>> fields{
            item.id, m.cluster, m.body, m.region, m.forum, item.type, m.kind, year,
            m.date.empty() ? std::nullopt : std::optional<std::string>(m.date), array_literal(item.decisions),
            array_literal(item.topics), array_literal(item.projects), item.title, text};
        std::string line;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0) line += '\t';
            line += fields[i] ? copy_field(*fields[i]) : "\\N";
        }
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), stdout);
    }
    return 0;
}
