#pragma once
// A file's bytes → the UTF-8 text the parser reads, refusing what is no text at all:
// empty files, binary data (NUL bytes, mostly unprintable bytes) and UTF-16 without a byte
// order mark. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM and windows-1252 are read.

#include <string>
#include <string_view>

namespace rs::indexer {

/// The text of `bytes`. Throws ParseError(source, 0, reason) for what cannot be minutes text.
std::string decode_text(std::string_view bytes, const std::string& source);

}  // namespace rs::indexer
