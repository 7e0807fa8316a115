#pragma once
// An HTTP response as the router produces it; the session turns it into bytes.

#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "searchd/http/header_list.hpp"

namespace rs::http {

/// Longest error message and parameter name an error response carries (see error_response).
inline constexpr std::size_t max_error_message_bytes = 300;
inline constexpr std::size_t max_error_parameter_bytes = 64;
/// Longest piece of client input a message quotes ("no item with id \"…\"").
inline constexpr std::size_t quoted_input_bytes = 80;

/// Machine-readable error codes of {"error": {"code": …}}: stable, clients switch on them.
namespace error_code {
inline constexpr std::string_view invalid_parameter = "invalid_parameter";  ///< 400, names the parameter
inline constexpr std::string_view invalid_request = "invalid_request";      ///< 400, malformed HTTP
inline constexpr std::string_view origin_not_allowed = "origin_not_allowed";///< 403, CORS preflight
inline constexpr std::string_view unauthorized = "unauthorized";            ///< 401, admin token missing or wrong
inline constexpr std::string_view admin_disabled = "admin_disabled";        ///< 403, no admin token configured
inline constexpr std::string_view not_found = "not_found";                  ///< 404
inline constexpr std::string_view method_not_allowed = "method_not_allowed";///< 405
inline constexpr std::string_view payload_too_large = "payload_too_large";  ///< 413
inline constexpr std::string_view headers_too_large = "headers_too_large";  ///< 431
inline constexpr std::string_view internal = "internal";                    ///< 500, details only in the log
inline constexpr std::string_view index_unavailable = "index_unavailable";  ///< 503
inline constexpr std::string_view overloaded = "overloaded";                ///< 503, every worker busy, queue full
}  // namespace error_code

/// One response, transport-free.
struct Response {
    unsigned status = 200;
    std::string content_type = "application/json; charset=utf-8";
    std::string body;
    /// Headers besides Content-Type and Content-Length, in order.
    HeaderList headers;
    /// False for HEAD: the transport sends the headers, with the body's Content-Length, only.
    bool send_body = true;
    /// True when a search behind it ran out of its time budget (counted by /metrics).
    bool partial = false;

    /// The value of extra header `name` (ASCII case-insensitive), "" if absent.
    std::string_view header(std::string_view name) const;
};

/// A JSON response carrying the headers every API response has (see response.cpp for why).
Response json_response(unsigned status, const nlohmann::ordered_json& body);

/// A response of `content_type` (full header value) and `body`, with `cache_control`.
Response text_response(unsigned status, std::string_view content_type, std::string body,
                       std::string_view cache_control = "no-cache");

/// An HTML page. Pages carry a Content-Security-Policy that allows only this site's own
/// scripts and styles (none inline), and a Referrer-Policy that keeps search words in
/// URLs from reaching other sites.
Response html_response(unsigned status, std::string body);

/// The policy of html_response, spelled once for tests and docs/PAGES.md.
/// frame-ancestors ends it, so that frame_policy.hpp can add origins to it.
inline constexpr std::string_view page_security_policy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

/// {"error": {"code": code, "message": message[, "parameter": parameter]}} with `status`.
Response error_response(unsigned status, std::string_view code, std::string_view message,
                        std::string_view parameter = {});

}  // namespace rs::http
