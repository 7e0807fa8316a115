#include "searchd/http/site_options.hpp"

#include <algorithm>

namespace rs::http {

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_host_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// "host", "host:port", "[v6]" or "[v6]:port", nothing else: what may follow "http://".
bool is_authority(std::string_view text) {
    if (text.empty() || text.size() > 255) return false;
    std::string_view host = text;
    std::string_view port;
    if (text.front() == '[') {
        const auto close = text.find(']');
        if (close == std::string_view::npos || close == 1) return false;
        const auto inside = text.substr(1, close - 1);
        if (!std::all_of(inside.begin(), inside.end(), [](char c) {
                return c == ':' || c == '.' || (c >= '0' && c <= '9') || (lower(c) >= 'a' && lower(c) <= 'f');
            }))
            return false;
        host = {};
        const auto rest = text.substr(close + 1);
        if (!rest.empty()) {
            if (rest.front() != ':') return false;
            port = rest.substr(1);
            if (port.empty()) return false;
        }
    } else if (const auto colon = text.rfind(':'); colon != std::string_view::npos) {
        host = text.substr(0, colon);
        port = text.substr(colon + 1);
        if (host.empty() || port.empty()) return false;
    }
    if (!std::all_of(host.begin(), host.end(), is_host_char)) return false;
    return port.size() <= 5 && std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::optional<std::string> parse_origin(std::string_view text) {
    std::string origin;
    origin.reserve(text.size());
    for (char c : text) origin.push_back(lower(c));
    if (origin.ends_with('/')) origin.pop_back();
    std::string_view rest = origin;
    if (rest.starts_with("http://")) {
        rest.remove_prefix(7);
    } else if (rest.starts_with("https://")) {
        rest.remove_prefix(8);
    } else {
        return std::nullopt;
    }
    if (!is_authority(rest)) return std::nullopt;
    return origin;
}

std::string base_url(const Request& request, const SiteOptions& site) {
    if (!site.public_url.empty()) return site.public_url;
    const std::string_view host = request.header("Host");
    if (is_authority(host)) return "http://" + std::string(host);
    return "http://localhost";
}

}  // namespace rs::http
