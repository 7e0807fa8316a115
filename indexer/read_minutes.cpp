#include "indexer/read_minutes.hpp"

#include "indexer/analyse/minutes_analyser.hpp"
#include "indexer/index/file_bytes.hpp"
#include "indexer/parse/minutes_parser.hpp"
#include "indexer/read/read_source.hpp"
#include "schema/text/cpr.hpp"

namespace rs::indexer {

schema::Minutes read_minutes(const SourceText& source_text, const std::string& source, ParseTrace* trace) {
    // Parser and analyser hold compiled patterns that are not thread-safe: one per thread.
    thread_local MinutesParser parser;
    thread_local MinutesAnalyser analyser;
    // No CPR number reaches the parser: not the index, the stored text, a page or a log.
    std::string text = source_text.text;
    const std::size_t cpr_numbers = schema::redact_cpr(text);
    schema::Minutes minutes = parser.parse(text, source, trace);
    minutes.cpr_numbers_removed = cpr_numbers;
    analyser.analyse(minutes);
    return minutes;
}

schema::Minutes read_minutes_text(std::string_view bytes, const std::string& source) {
    return read_minutes(read_source(bytes, source), source);
}

schema::Minutes read_minutes_bytes(std::string_view bytes, const std::filesystem::path& path) {
    try {
        return read_minutes_text(bytes, path.filename().string());
    } catch (const ParseError& e) {
        throw ParseError(path.string(), e.line(), e.reason());  // name the file as the user gave it
    }
}

schema::Minutes read_minutes_file(const std::filesystem::path& path) {
    return read_minutes_bytes(read_file_bytes(path), path);
}

}  // namespace rs::indexer
