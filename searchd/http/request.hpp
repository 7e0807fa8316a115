#pragma once
// An HTTP request as the router sees it: no socket, no Beast, so tests build one by hand.

#include <string>
#include <string_view>

#include "searchd/http/header_list.hpp"

namespace rs::http {

/// One request to route.
struct Request {
    std::string method;  ///< As sent ("GET"); methods are case-sensitive (RFC 9110 §9.1).
    std::string target;  ///< Path plus optional "?query", still percent-encoded.
    /// Every header field as sent (Host, Origin, If-None-Match, Accept …).
    HeaderList headers;

    /// The value of header `name` (ASCII case-insensitive), "" if absent.
    std::string_view header(std::string_view name) const { return find_header(headers, name); }
};

}  // namespace rs::http
