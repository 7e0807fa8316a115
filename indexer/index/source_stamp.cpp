#include "indexer/index/source_stamp.hpp"

#include <cstdio>

#include "schema/text/stable_hash.hpp"

namespace rs::indexer {

namespace {
/// Xapian limits metadata keys to about 245 bytes.
constexpr std::size_t max_plain_key = 200;

}  // namespace

std::string content_hash(std::string_view bytes) {
    char text[48];
    std::snprintf(text, sizeof text, "%016llx-%zx", static_cast<unsigned long long>(schema::stable_hash(bytes)), bytes.size());
    return text;
}

std::string source_stamp_key(const std::string& source) {
    std::string key(source_stamp_prefix);
    return source.size() <= max_plain_key ? key + source : key + "#" + content_hash(source);
}

std::string encode_stamp(const SourceStamp& stamp) { return stamp.hash + '\t' + stamp.path + '\t' + stamp.source; }

std::optional<SourceStamp> decode_stamp(std::string_view stored) {
    const auto first = stored.find('\t');
    if (first == std::string_view::npos) return std::nullopt;
    const auto second = stored.find('\t', first + 1);
    if (second == std::string_view::npos) return std::nullopt;
    return SourceStamp{std::string(stored.substr(second + 1)), std::string(stored.substr(0, first)),
                       std::string(stored.substr(first + 1, second - first - 1))};
}

}  // namespace rs::indexer
