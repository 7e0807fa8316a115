#pragma once
// An HTTP request as the router sees it: no socket, no Beast, so tests build one by hand.
// Only what the API reads is here; it serves JSON only and sends no ETags, so no
// Accept or If-None-Match.

#include <string>

namespace rs::http {

/// One request to route.
struct Request {
    std::string method;  ///< As sent ("GET"); methods are case-sensitive (RFC 9110 §9.1).
    std::string target;  ///< Path plus optional "?query", still percent-encoded.
};

}  // namespace rs::http
