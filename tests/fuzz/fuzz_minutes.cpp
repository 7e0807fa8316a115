// Any bytes as a minutes file, through the whole reading chain (format detection, the
// text, HTML and PDF readers, CPR redaction, the parser and the analyser). A file may be
// refused with a ParseError; nothing else may happen.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "indexer/read_minutes.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        (void)rs::indexer::read_minutes_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.txt");
    } catch (const rs::indexer::ParseError&) {
    }
    return 0;
}
