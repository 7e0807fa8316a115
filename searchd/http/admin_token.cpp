#include "searchd/http/admin_token.hpp"

#include <fstream>
#include <sstream>

namespace rs::http {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

}  // namespace

std::optional<std::string> parse_token(std::string_view text, std::string& error) {
    const std::string_view token = trimmed(text);
    for (const char c : token)
        if (c <= ' ' || c > '~') {
            error = "the admin token must be printable ASCII without spaces";
            return std::nullopt;
        }
    if (token.size() < AdminOptions::min_token_bytes) {
        error = "the admin token must be at least " + std::to_string(AdminOptions::min_token_bytes) +
                " characters (e.g. from `openssl rand -hex 32`)";
        return std::nullopt;
    }
    return std::string(token);
}

std::optional<std::string> read_token_file(const std::filesystem::path& path, std::string& error) {
    std::ifstream in(path);
    if (!in) {
        error = "cannot read the admin token file " + path.string();
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto token = parse_token(text.str(), error);
    if (!token) error = path.string() + ": " + error;
    return token;
}

std::string_view bearer_token(const Request& request) {
    const std::string_view value = trimmed(request.header("Authorization"));
    constexpr std::string_view scheme = "Bearer ";
    if (value.size() <= scheme.size()) return {};
    // The scheme is case-insensitive (RFC 9110 §11.1).
    for (std::size_t i = 0; i < scheme.size(); ++i)
        if ((value[i] | 0x20) != (scheme[i] | 0x20)) return {};
    return trimmed(value.substr(scheme.size()));
}

bool same_token(std::string_view expected, std::string_view given) {
    // Every byte of `expected` is compared, against `given` cycled when it is shorter:
    // no early exit on the first difference or on a length mismatch.
    unsigned difference = expected.size() == given.size() ? 0u : 1u;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const char other = given.empty() ? '\0' : given[i % given.size()];
        difference |= static_cast<unsigned char>(expected[i]) ^ static_cast<unsigned char>(other);
    }
    return !expected.empty() && difference == 0;
}

}  // namespace rs::http
