#pragma once
// The whole way from a minutes file to analysed meetings and items:
// bytes → text (read/: text, HTML or PDF) → structure (parse/) → decisions, topics, projects, ids (analyse/).

#include <filesystem>
#include <string>
#include <string_view>

#include "indexer/parse_error.hpp"
#include "indexer/read/source_text.hpp"
#include "schema/model.hpp"

namespace rs::indexer {

struct ParseTrace;

/// Parses and analyses a source's text; `source` names the file in the result and in
/// errors. CPR numbers are replaced first (schema/text/cpr.hpp). Closed items are returned
/// with closed=true (the index skips them). Throws ParseError when no agenda structure is
/// found. `trace`, if given, receives every line's classification.
schema::Minutes read_minutes(const SourceText& text, const std::string& source, ParseTrace* trace = nullptr);

/// read_minutes on the bytes of a minutes file in any format read/ reads (text, HTML,
/// PDF), told by content. Throws ParseError also for what no reader can read.
schema::Minutes read_minutes_text(std::string_view bytes, const std::string& source);

/// read_minutes_text on the bytes of the file at `path`, with its file name as source and
/// its path in errors.
schema::Minutes read_minutes_bytes(std::string_view bytes, const std::filesystem::path& path);

/// read_minutes_bytes on the file at `path` (see read_file_bytes for what cannot be read).
schema::Minutes read_minutes_file(const std::filesystem::path& path);

}  // namespace rs::indexer
