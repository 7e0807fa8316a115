#include "indexer/read_minutes.hpp"

#include <fstream>
#include <sstream>

#include "indexer/analyse/minutes_analyser.hpp"
#include "indexer/decode_text.hpp"
#include "indexer/parse/minutes_parser.hpp"
#include "schema/text/cpr.hpp"
#include "schema/text/unicode.hpp"

namespace rs::indexer {

namespace {
std::string describe(const std::string& file, int line, const std::string& reason) {
    std::string out = file;
    if (line > 0) out.append(":").append(std::to_string(line));
    return out.append(": ").append(reason);
}
}  // namespace

ParseError::ParseError(std::string file, int line, const std::string& reason)
    : std::runtime_error(describe(file, line, reason)),
      file_(std::move(file)),
      line_(line),
      reason_(reason) {}

schema::Minutes read_minutes_text(std::string_view bytes, const std::string& source) {
    // Parser and analyser hold compiled patterns that are not thread-safe: one per thread.
    thread_local MinutesParser parser;
    thread_local MinutesAnalyser analyser;
    // No CPR number reaches the parser: not the index, the stored text, a page or a log.
    std::string text = decode_text(bytes, source);
    const std::size_t cpr_numbers = schema::redact_cpr(text);
    schema::Minutes minutes = parser.parse(text, source);
    minutes.cpr_numbers_removed = cpr_numbers;
    analyser.analyse(minutes);
    return minutes;
}

schema::Minutes read_minutes_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ParseError(path.string(), 0, "cannot open the file");
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) throw ParseError(path.string(), 0, "cannot read the file");
    try {
        return read_minutes_text(content.str(), path.filename().string());
    } catch (const ParseError& e) {
        throw ParseError(path.string(), e.line(), e.reason());  // name the file as the user gave it
    }
}

}  // namespace rs::indexer
