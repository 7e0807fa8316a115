#include "indexer/decode_text.hpp"

#include <algorithm>

#include <unicode/unistr.h>

#include "indexer/read_minutes.hpp"
#include "schema/text/unicode.hpp"

namespace rs::indexer {

namespace {

/// More unprintable bytes than this share of the first kilobytes is binary data.
constexpr double max_unprintable_share = 0.05;
constexpr std::size_t sample_bytes = 64 * 1024;

std::string from_utf16(std::string_view bytes, const char* encoding) {
    const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), encoding);
    std::string out;
    text.toUTF8String(out);
    return out;
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

std::string decode_text(std::string_view bytes, const std::string& source) {
    if (bytes.empty()) throw ParseError(source, 0, "the file is empty");
    if (bytes.starts_with("\xFF\xFE")) return from_utf16(bytes.substr(2), "UTF-16LE");
    if (bytes.starts_with("\xFE\xFF")) return from_utf16(bytes.substr(2), "UTF-16BE");
    const std::string_view sample = bytes.substr(0, sample_bytes);
    if (looks_like_bomless_utf16(sample))
        throw ParseError(source, 0, "UTF-16 text without a byte order mark: save it as UTF-8, or as UTF-16 with a BOM");
    const auto nul = std::count(sample.begin(), sample.end(), '\0');
    const auto odd = std::count_if(sample.begin(), sample.end(), [](char c) { return unprintable(static_cast<unsigned char>(c)); });
    if (nul > 0 || static_cast<double>(odd) > max_unprintable_share * static_cast<double>(sample.size()))
        throw ParseError(source, 0,
                         "binary data, not minutes text (" + std::to_string(odd * 100 / static_cast<long>(sample.size())) +
                             " % of the first bytes are control bytes" + (nul > 0 ? ", NUL bytes among them" : "") + ")");
    return schema::to_utf8(bytes);
}

}  // namespace rs::indexer
