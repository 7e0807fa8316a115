#pragma once
// What kind of file a minutes source is, told from its content (magic bytes, byte order
// marks, markup), not from its name: archives hold PDFs saved as ".txt", pages saved
// without an extension and exports called ".doc" that are plain text.

#include <string_view>

namespace rs::indexer {

enum class SourceFormat {
    text,  ///< Plain text or Markdown, any encoding decode_text reads.
    html,  ///< A web page: starts with a doctype or an <html>, <head> or <body> element.
    pdf,   ///< Starts with "%PDF-" (within the first kilobyte, as the PDF spec allows).
};

/// The format of a file with these bytes.
SourceFormat detect_format(std::string_view bytes);

/// "text", "html" or "pdf".
std::string_view to_string(SourceFormat format);

}  // namespace rs::indexer
