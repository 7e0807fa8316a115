#pragma once
// A text file's bytes → the UTF-8 text the parser reads, refusing what is no text at all:
// empty files, binary data (NUL bytes, mostly unprintable bytes) and UTF-16 without a byte
// order mark. UTF-8 (with or without BOM), UTF-16 LE/BE with BOM and windows-1252 are read.

#include <string>
#include <string_view>

namespace rs::indexer {

/// Text and the encoding it was read in.
struct DecodedText {
    std::string text;      ///< UTF-8, without BOM.
    std::string encoding;  ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "UTF-16BE (BOM)", "windows-1252", or the declared charset.
};

/// The text of `bytes`. `declared` is a charset the file names itself (HTML's meta
/// charset), honoured when the bytes are not UTF-8. Throws ParseError(source, 0, reason)
/// for what cannot be minutes text.
DecodedText decode_text(std::string_view bytes, const std::string& source, const std::string& declared = "");

}  // namespace rs::indexer
