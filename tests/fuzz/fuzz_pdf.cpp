// Any bytes as a PDF, straight to poppler and the layout pass.
#include <cstddef>
#include <cstdint>
#include <string>

#include "indexer/parse_error.hpp"
#include "indexer/read/pdf_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        (void)rs::indexer::read_pdf(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.pdf");
    } catch (const rs::indexer::ParseError&) {
    }
    return 0;
}
