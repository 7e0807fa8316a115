#pragma once
// The address searchd listens on, as given to --listen.

#include <optional>
#include <string>
#include <string_view>

namespace rs::http {

/// An IP literal and a port; port 0 lets the system pick a free one.
struct ListenAddress {
    std::string host = "127.0.0.1";  ///< IPv4 or IPv6 literal, without brackets.
    unsigned short port = 8080;
};

/// Parses "HOST:PORT": "127.0.0.1:8080", "[::1]:8080", "0.0.0.0:0"; "localhost" means
/// 127.0.0.1 (no name resolution, so startup never waits on DNS). nullopt if malformed.
std::optional<ListenAddress> parse_listen_address(std::string_view text);

/// "http://HOST:PORT" with IPv6 hosts bracketed.
std::string http_url(const ListenAddress& address);

}  // namespace rs::http
