#include "searchd/http/cors.hpp"

#include <algorithm>

namespace rs::http {

namespace {

bool allowed(const Request& request, const SiteOptions& site) {
    const auto origin = parse_origin(request.header("Origin"));
    return origin && std::find(site.allowed_origins.begin(), site.allowed_origins.end(), *origin) !=
                         site.allowed_origins.end();
}

}  // namespace

void add_cors_headers(const Request& request, const SiteOptions& site, Response& response) {
    if (site.allowed_origins.empty()) return;  // same answer for every origin: no Vary needed
    response.headers.emplace_back("Vary", "Origin");
    // The origin as the browser sent it: it compares the header with its own byte for byte.
    if (allowed(request, site))
        response.headers.emplace_back("Access-Control-Allow-Origin", std::string(request.header("Origin")));
}

Response preflight_response(const Request& request, const SiteOptions& site) {
    if (!allowed(request, site)) {
        Response refused = error_response(403, error_code::origin_not_allowed,
                                          "this origin may not call the API from a browser; see searchd --allow-origin");
        refused.headers.emplace_back("Vary", "Origin");
        return refused;
    }
    Response response;
    response.status = 204;
    response.content_type.clear();
    response.headers.emplace_back("Access-Control-Allow-Origin", std::string(request.header("Origin")));
    response.headers.emplace_back("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
    response.headers.emplace_back("Access-Control-Allow-Headers", "Accept, Content-Type");
    response.headers.emplace_back("Access-Control-Max-Age", "600");
    response.headers.emplace_back("Vary", "Origin");
    return response;
}

}  // namespace rs::http
