#pragma once
// A source file as text: what every reader (text, HTML, PDF) hands the parser, and what
// it did to get there, for `indexer parse --explain` and the build report.

#include <string>
#include <vector>

#include "indexer/read/source_format.hpp"

namespace rs::indexer {

struct SourceText {
    std::string text;                ///< UTF-8, one line per line (or paragraph) a reader sees.
    SourceFormat format = SourceFormat::text;
    std::string reader;              ///< The reader that produced it ("text", "html (gumbo)", "pdf (poppler)").
    std::string encoding;            ///< The encoding the bytes were read in ("UTF-8", "windows-1252" …).
    std::vector<std::string> notes;  ///< What the reader removed or joined ("3 running header lines removed").
};

}  // namespace rs::indexer
