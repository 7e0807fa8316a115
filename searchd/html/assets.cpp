#include "searchd/html/assets.hpp"

#include <cstdint>
#include <cstdio>

#include "searchd/html/embedded_web.hpp"

namespace rs::html {

namespace {

struct Known {
    std::string_view name;
    std::string_view content_type;
};

// The assets; a file in assets/ not listed here is not served.
constexpr Known known[] = {
    {"style.css", "text/css; charset=utf-8"},
    {"embed.css", "text/css; charset=utf-8"},
    {"archive.css", "text/css; charset=utf-8"},
    {"search.js", "text/javascript; charset=utf-8"},
    {"suggest.js", "text/javascript; charset=utf-8"},
    {"copy_link.js", "text/javascript; charset=utf-8"},
    {"embed.js", "text/javascript; charset=utf-8"},
};

// FNV-1a, 64 bits: not for security, only to tell two versions of a file apart.
std::string content_hash(std::string_view bytes) {
    std::uint64_t hash = 1469598103934665603ull;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

}  // namespace

std::optional<Asset> find_asset(std::string_view name) {
    for (const auto& entry : known) {
        if (entry.name != name) continue;
        const auto content = embedded_web_file(name);
        if (!content) return std::nullopt;
        std::string etag(1, '"');
        etag.append(content_hash(*content)).push_back('"');
        return Asset{*content, entry.content_type, std::move(etag)};
    }
    return std::nullopt;
}

std::string asset_url(std::string_view name) {
    const auto content = embedded_web_file(name);
    return "/static/" + std::string(name) + "?v=" + content_hash(content.value_or("")).substr(0, 12);
}

}  // namespace rs::html
