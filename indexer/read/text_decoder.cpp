#include "indexer/read/text_decoder.hpp"

#include <algorithm>

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include "indexer/parse_error.hpp"
#include "schema/text/unicode.hpp"

namespace rs::indexer {

namespace {

/// More unprintable bytes than this share of the first kilobytes is binary data.
constexpr double max_unprintable_share = 0.05;
constexpr std::size_t sample_bytes = std::size_t{64} * 1024;

std::string from_codepage(std::string_view bytes, const char* encoding) {
    const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), encoding);
    std::string out;
    text.toUTF8String(out);
    return out;
}

// True if ICU has a converter called `name` ("iso-8859-15", "windows-1252", "ibm850").
bool known_charset(const std::string& name) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(name.c_str(), &status);
    if (converter != nullptr) ucnv_close(converter);
    return U_SUCCESS(status) && converter != nullptr;
}

bool names_utf8(const std::string& charset) {
    const std::string lower = schema::to_lower(charset);
    return lower == "utf-8" || lower == "utf8";
}

// Every other byte NUL: UTF-16 of Latin text, its byte order not written.
bool looks_like_bomless_utf16(std::string_view sample) {
    if (sample.size() < 8) return false;
    std::size_t even = 0, odd = 0;
    for (std::size_t i = 0; i + 1 < sample.size(); i += 2) {
        even += sample[i] == '\0';
        odd += sample[i + 1] == '\0';
    }
    const std::size_t pairs = sample.size() / 2;
    return even > pairs * 3 / 4 || odd > pairs * 3 / 4;
}

bool unprintable(unsigned char byte) { return byte < 0x20 && byte != '\n' && byte != '\r' && byte != '\t' && byte != '\f'; }

}  // namespace

DecodedText decode_text(std::string_view bytes, const std::string& source, const std::string& declared) {
    if (bytes.empty()) throw ParseError(source, 0, "the file is empty");
    if (bytes.starts_with("\xFF\xFE")) return {from_codepage(bytes.substr(2), "UTF-16LE"), "UTF-16LE (BOM)"};
    if (bytes.starts_with("\xFE\xFF")) return {from_codepage(bytes.substr(2), "UTF-16BE"), "UTF-16BE (BOM)"};
    const std::string_view sample = bytes.substr(0, sample_bytes);
    if (looks_like_bomless_utf16(sample))
        throw ParseError(source, 0, "UTF-16 text without a byte order mark: save it as UTF-8, or as UTF-16 with a BOM");
    const auto nul = std::count(sample.begin(), sample.end(), '\0');
    const auto odd = std::count_if(sample.begin(), sample.end(), [](char c) { return unprintable(static_cast<unsigned char>(c)); });
    if (nul > 0 || static_cast<double>(odd) > max_unprintable_share * static_cast<double>(sample.size()))
        throw ParseError(source, 0,
                         "binary data, not minutes text (" + std::to_string(odd * 100 / static_cast<long>(sample.size())) +
                             " % of the first bytes are control bytes" + (nul > 0 ? ", NUL bytes among them" : "") + ")");
    if (bytes.starts_with("\xEF\xBB\xBF")) return {schema::to_utf8(bytes), "UTF-8 (BOM)"};
    if (schema::is_valid_utf8(bytes)) return {std::string(bytes), "UTF-8"};
    // Not UTF-8: the charset the file declares, else windows-1252 (a superset of the
    // printable Latin-1 that old Danish exports are written in).
    if (!declared.empty() && !names_utf8(declared) && known_charset(declared))
        return {from_codepage(bytes, declared.c_str()), declared};
    return {schema::to_utf8(bytes), "windows-1252"};
}

}  // namespace rs::indexer
