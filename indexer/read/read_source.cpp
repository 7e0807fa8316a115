#include "indexer/read/read_source.hpp"

#include "indexer/read/html_reader.hpp"
#include "indexer/read/pdf_reader.hpp"
#include "indexer/read/text_decoder.hpp"

namespace rs::indexer {

SourceText read_source(std::string_view bytes, const std::string& source) {
    switch (detect_format(bytes)) {
        case SourceFormat::html: return read_html(bytes, source);
        case SourceFormat::pdf: return read_pdf(bytes, source);
        case SourceFormat::text: break;
    }
    DecodedText decoded = decode_text(bytes, source);
    return {std::move(decoded.text), SourceFormat::text, "text", std::move(decoded.encoding), {}};
}

}  // namespace rs::indexer
