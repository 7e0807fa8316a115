#include "indexer/parse_command.hpp"

#include <fstream>
#include <iomanip>
#include <ostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "indexer/parse/minutes_parser.hpp"
#include "indexer/read/read_source.hpp"
#include "indexer/read_minutes.hpp"
#include "schema/record_json.hpp"

namespace rs::indexer {

namespace {

void print_reader(const SourceText& text, std::ostream& out) {
    out << "# reader: " << text.reader << ", format " << to_string(text.format) << ", encoding " << text.encoding
        << "\n";
    for (const auto& note : text.notes) out << "# reader: " << note << "\n";
}

void print_trace(const ParseTrace& trace, std::ostream& out) {
    out << "# line  kind            pattern               text\n";
    for (const auto& line : trace.lines) {
        if (line.kind == LineKind::blank) continue;
        std::string text = line.line.text.size() > 100 ? line.line.text.substr(0, 97) + "..." : line.line.text;
        out << std::setw(6) << line.line.number << "  " << std::left << std::setw(16) << to_string(line.kind)
            << std::setw(22) << (line.pattern.empty() ? "-" : line.pattern) << text << std::right;
        if (!line.note.empty()) out << "    [" << line.note << "]";
        out << "\n";
    }
    out << "# item heading family: " << (trace.family.empty() ? "none" : trace.family) << "\n";
    for (const auto& warning : trace.warnings) out << "# warning: " << warning << "\n";
}

}  // namespace

int run_parse(const std::filesystem::path& file, bool explain, std::ostream& out, std::ostream& err) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        err << file.string() << ": cannot open the file\n";
        return 1;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    ParseTrace trace;
    bool read = false;
    try {
        // The same text the index would read: format told by content, binary refused,
        // CPR numbers replaced.
        const SourceText text = read_source(bytes.str(), file.filename().string());
        read = true;
        if (explain) print_reader(text, out);
        schema::Minutes minutes = read_minutes(text, file.filename().string(), &trace);
        if (explain) {
            print_trace(trace, out);
        } else {
            nlohmann::json json = schema::to_json(minutes);
            json["warnings"] = trace.warnings;
            out << json.dump(2) << "\n";
        }
        return 0;
    } catch (const ParseError& e) {
        if (explain && read) print_trace(trace, out);
        err << file.string() << (e.line() > 0 ? ":" + std::to_string(e.line()) : "") << ": " << e.reason() << "\n";
        return 1;
    }
}

}  // namespace rs::indexer
