#pragma once
// How this server presents itself to browsers and to the pages that link to it: which
// origins may read the API from a script, and the public address used in absolute links.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "searchd/http/request.hpp"

namespace rs::http {

/// The operator's choices for the site, from searchd's options.
struct SiteOptions {
    /// Origins ("https://intranet.example.dk", lowercase, no path) whose pages may read the
    /// API with fetch(): `--allow-origin`. Other origins get no CORS headers.
    std::vector<std::string> allowed_origins;
    /// Origins whose pages may show this site's pages in a frame, besides the site itself:
    /// `--frame-ancestor`, the pages' Content-Security-Policy frame-ancestors.
    std::vector<std::string> frame_ancestors;
    /// Absolute base URL ("https://referatsog.example.dk") of links in feeds, CSV files and
    /// canonical URLs: `--public-url`. Empty: taken from the request's Host header.
    std::string public_url;
};

/// `text` as an origin "scheme://host[:port]" (http or https; scheme and host lowercased; a
/// trailing "/" dropped), or nullopt if it is not one (a path, a query, user info, no host).
std::optional<std::string> parse_origin(std::string_view text);

/// The absolute base URL for links in the answer to `request`, without a trailing '/': the
/// configured public URL, else "http://" + the Host header if it is a plain host[:port],
/// else "http://localhost".
std::string base_url(const Request& request, const SiteOptions& site);

}  // namespace rs::http
