#include "indexer/read_minutes.hpp"

#include "indexer/analyse/minutes_analyser.hpp"
#include "indexer/index/file_bytes.hpp"
#include "indexer/parse/minutes_parser.hpp"
#include "indexer/read/read_source.hpp"
#include "schema/text/cpr.hpp"

namespace rs::indexer {

schema::Minutes read_minutes(const SourceText& source_text, const std::string& source, ParseTrace* trace) {
    // One parser and one analyser for every parser thread (build --jobs): loaded once, on
    // first use, and immutable after. That is safe because all they hold is read-only
    // tables and Regexes, whose every member is const and thread-safe (a search's state is
    // a Match on the caller's stack, schema/text/regex.hpp); the ICU objects that are not
    // thread-safe (calendars in danish_dates.cpp, the slug transliterator) are made per
    // call or per thread where they are used. Keep it so: a cache or counter added to
    // either one needs a lock, or it goes back to one instance per thread.
    static const MinutesParser parser;
    static const MinutesAnalyser analyser;
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
