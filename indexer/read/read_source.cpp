#include "indexer/read/read_source.hpp"

#include "indexer/read/text_decoder.hpp"

namespace rs::indexer {

SourceText read_source(std::string_view bytes, const std::string& source) {
    const SourceFormat format = detect_format(bytes);
    DecodedText decoded = decode_text(bytes, source);
    return {std::move(decoded.text), format, "text", std::move(decoded.encoding), {}};
}

}  // namespace rs::indexer
