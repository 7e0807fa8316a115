#pragma once
// The operator's token for the admin endpoints (admin_endpoint.hpp): set in the
// configuration ([admin] token, or token_file so it stays out of a world-readable file),
// sent as "Authorization: Bearer TOKEN", compared in constant time.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "searchd/http/request.hpp"

namespace rs::http {

/// Who may use the admin endpoints.
struct AdminOptions {
    /// The token; empty means the admin endpoints are off.
    std::string token;

    /// Shortest token accepted: a guessable one is worse than none.
    static constexpr std::size_t min_token_bytes = 16;
};

/// `text` as a token, or an error message: printable ASCII without spaces, at least
/// min_token_bytes long. Surrounding whitespace (a file's newline) is dropped.
std::optional<std::string> parse_token(std::string_view text, std::string& error);

/// The token in the file at `path` (parse_token), or an error message naming the file.
std::optional<std::string> read_token_file(const std::filesystem::path& path, std::string& error);

/// The token of "Authorization: Bearer TOKEN", "" if the request has none.
std::string_view bearer_token(const Request& request);

/// True if `given` equals `expected`, taking the same time whatever `given` holds, so
/// that timing tells an attacker nothing about how much of a guess was right.
bool same_token(std::string_view expected, std::string_view given);

}  // namespace rs::http
