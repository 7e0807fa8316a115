// Any bytes as a web page, through gumbo and the line collector.
#include <cstddef>
#include <cstdint>
#include <string>

#include "indexer/parse_error.hpp"
#include "indexer/read/html_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        (void)rs::indexer::read_html(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.html");
    } catch (const rs::indexer::ParseError&) {
    }
    return 0;
}
