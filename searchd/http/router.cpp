#include "searchd/http/router.hpp"

#include <exception>
#include <functional>
#include <optional>
#include <string>

#include "searchd/http/api_endpoints.hpp"
#include "searchd/http/cors.hpp"
#include "searchd/http/exchange.hpp"
#include "searchd/http/log.hpp"
#include "searchd/http/routes.hpp"

namespace rs::http {

namespace {

/// An endpoint found for a path.
struct Route {
    Audience audience;
    std::function<Response(const Exchange&)> run;
};

Response not_found(std::string_view path) {
    return error_response(404, error_code::not_found, "no such endpoint: " + std::string(path) +
                                                          " (try /api/search, /api/items/{id}, /api/health)");
}

// The endpoint serving `path`, or nullopt if there is none.
std::optional<Route> route(std::string_view path) {
    if (path == routes::search) return Route{Audience::api, api_search};
    if (path == routes::health) return Route{Audience::api, api_health};
    if (path == routes::suggest) return Route{Audience::api, api_suggest};
    if (path.starts_with(routes::items_prefix) && path.size() > routes::items_prefix.size())
        return Route{Audience::api, [](const Exchange& e) { return api_item(e, e.path.substr(routes::items_prefix.size())); }};
    return std::nullopt;
}

// Runs an endpoint, mapping exceptions to responses: the one place that knows which
// failure is whose fault.
Response guarded(const Route& route, const Exchange& exchange) {
    const Request& request = exchange.request;
    try {
        return route.run(exchange);
    } catch (const search::InvalidRequest& e) {
        return error_response(400, error_code::invalid_parameter, e.what(), e.parameter());
    } catch (const search::IndexUnavailable& e) {
        log_line("index unavailable: " + std::string(e.what()) + " (" + request.method + " " + request.target + ")");
        return error_response(503, error_code::index_unavailable, "the search index is unavailable; try again later");
    } catch (const std::exception& e) {
        log_line("internal error: " + std::string(e.what()) + " (" + request.method + " " + request.target + ")");
    } catch (...) {
        log_line("internal error: unknown exception (" + request.method + " " + request.target + ")");
    }
    return error_response(500, error_code::internal, "internal server error");
}

Response dispatch(const Request& request, search::SearchService& service, const SiteOptions& site) {
    if (request.target.empty() || request.target.front() != '/')
        return error_response(400, error_code::invalid_request, "request target must be a path starting with '/'");
    const Target target = split_target(request.target);
    const Exchange exchange{request, service, site, target.path, target.query};
    const auto found = route(target.path);
    if (!found) return not_found(target.path);
    if (request.method == "OPTIONS" && found->audience == Audience::api) return preflight_response(request, site);
    if (request.method != "GET" && request.method != "HEAD") {
        Response refused = error_response(405, error_code::method_not_allowed,
                                          "method " + request.method + " not allowed; use GET or HEAD");
        refused.headers.emplace_back("Allow", found->audience == Audience::api ? "GET, HEAD, OPTIONS" : "GET, HEAD");
        return refused;
    }
    Response response = guarded(*found, exchange);
    if (found->audience == Audience::api) add_cors_headers(request, site, response);
    return response;
}

}  // namespace

Response handle_request(const Request& request, search::SearchService& service, const SiteOptions& site) {
    Response response = dispatch(request, service, site);
    // On every response: a browser must never guess a type and run a JSON body as script.
    response.headers.emplace_back("X-Content-Type-Options", "nosniff");
    // HEAD is GET without the body: same status and headers, same Content-Length.
    response.send_body = request.method != "HEAD";
    return response;
}

}  // namespace rs::http
