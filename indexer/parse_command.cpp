#include "indexer/parse_command.hpp"

#include <fstream>
#include <iomanip>
#include <ostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "indexer/analyse/minutes_analyser.hpp"
#include "indexer/decode_text.hpp"
#include "indexer/parse/minutes_parser.hpp"
#include "indexer/read_minutes.hpp"
#include "schema/record_json.hpp"
#include "schema/text/cpr.hpp"
#include "schema/text/unicode.hpp"

namespace rs::indexer {

namespace {

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
    MinutesParser parser;
    ParseTrace trace;
    try {
        // The same text the index would read: decoded, binary refused, CPR numbers replaced.
        std::string text = decode_text(bytes.str(), file.filename().string());
        const std::size_t cpr_numbers = schema::redact_cpr(text);
        schema::Minutes minutes = parser.parse(text, file.filename().string(), &trace);
        minutes.cpr_numbers_removed = cpr_numbers;
        MinutesAnalyser analyser;
        analyser.analyse(minutes);
        if (explain) {
            print_trace(trace, out);
        } else {
            nlohmann::json json = schema::to_json(minutes);
            json["warnings"] = trace.warnings;
            out << json.dump(2) << "\n";
        }
        return 0;
    } catch (const ParseError& e) {
        if (explain) print_trace(trace, out);
        err << file.string() << (e.line() > 0 ? ":" + std::to_string(e.line()) : "") << ": " << e.reason() << "\n";
        return 1;
    }
}

}  // namespace rs::indexer
