#include "schema/fields.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "schema/text/stable_hash.hpp"
#include "schema/text/unicode.hpp"

namespace rs::schema {

namespace {
// Length of the longest prefix of `utf8` not over `limit` bytes that ends on a character boundary.
std::size_t utf8_cut(std::string_view utf8, std::size_t limit) {
    if (utf8.size() <= limit) return utf8.size();
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80) --cut;
    return cut;
}
}  // namespace

std::string boolean_term(std::string_view prefix, std::string_view value) {
    if (prefix.size() + value.size() <= max_term_bytes) return std::string(prefix).append(value);
    constexpr std::size_t hash_chars = 17;  // "#" + 16 hex digits
    char hash[hash_chars + 1];
    // Collisions matter only between two over-long values of one prefix.
    std::snprintf(hash, sizeof hash, "#%016llx", static_cast<unsigned long long>(stable_hash(value)));
    const std::size_t room = max_term_bytes - std::min(max_term_bytes, prefix.size() + hash_chars);
    return std::string(prefix).append(value.substr(0, utf8_cut(value, room))).append(hash);
}

const Facet* find_facet(std::string_view name) {
    for (const auto& facet : facets)
        if (facet.name == name) return &facet;
    return nullptr;
}

std::string filter_term(const Facet& facet, std::string_view value) {
    return boolean_term(facet.prefix, to_lower(value));
}

}  // namespace rs::schema
