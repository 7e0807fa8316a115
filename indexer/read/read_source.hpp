#pragma once
// bytes → SourceText: detect the format from the content, then run its reader.

#include <string>
#include <string_view>

#include "indexer/read/source_text.hpp"

namespace rs::indexer {

/// The text of a minutes file with these bytes; `source` names it in errors. Throws
/// ParseError for what no reader can read (empty, binary, encrypted or damaged PDF …).
SourceText read_source(std::string_view bytes, const std::string& source);

}  // namespace rs::indexer
