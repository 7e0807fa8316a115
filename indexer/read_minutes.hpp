#pragma once
// The whole way from a minutes file to analysed meetings and items:
// bytes → UTF-8 text → structure (parse/) → decisions, topics, projects, ids (analyse/).

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

#include "schema/model.hpp"

namespace rs::indexer {

/// A file whose structure was not recognised, or that could not be read. what() says
/// why in one line; file() names the file, line() the line at fault (0 if none).
class ParseError : public std::runtime_error {
public:
    ParseError(std::string file, int line, const std::string& reason);
    const std::string& file() const { return file_; }
    int line() const { return line_; }
    const std::string& reason() const { return reason_; }

private:
    std::string file_;
    int line_;
    std::string reason_;
};

/// Parses and analyses minutes text (UTF-8, UTF-16 with BOM, windows-1252); `source` names
/// the file in the result and in errors. CPR numbers are replaced first (schema/text/cpr.hpp).
/// Closed items are returned with closed=true (the index skips them). Throws ParseError for
/// an empty or binary file and when no agenda structure is found.
schema::Minutes read_minutes_text(std::string_view bytes, const std::string& source);

/// read_minutes_text on the file at `path`, with its file name as source.
schema::Minutes read_minutes_file(const std::filesystem::path& path);

}  // namespace rs::indexer
