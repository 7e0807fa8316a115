#include "searchd/http/router.hpp"

#include <exception>
#include <functional>
#include <optional>
#include <string>

#include "searchd/http/api_endpoints.hpp"
#include "searchd/http/archive_page_endpoints.hpp"
#include "searchd/http/cors.hpp"
#include "searchd/http/exchange.hpp"
#include "searchd/http/frame_policy.hpp"
#include "searchd/http/log.hpp"
#include "searchd/http/page_endpoints.hpp"
#include "searchd/http/routes.hpp"

namespace rs::http {

namespace {

/// An endpoint found for a path.
struct Route {
    Audience audience;
    std::function<Response(const Exchange&)> run;
};

// Who is asking for a path nothing serves: a program under /api/, else a person.
Audience audience_of(std::string_view path) {
    return path.starts_with(routes::api_prefix) ? Audience::api : Audience::page;
}

Response not_found(std::string_view path) {
    if (audience_of(path) == Audience::page) return error_page(404);
    return error_response(404, error_code::not_found, "no such endpoint: " + std::string(path) +
                                                          " (try /api/search, /api/items/{id}, /api/health)");
}

// `path` minus `prefix` if it starts with it and has more after it.
std::optional<std::string_view> after(std::string_view path, std::string_view prefix) {
    if (!path.starts_with(prefix) || path.size() == prefix.size()) return std::nullopt;
    return path.substr(prefix.size());
}

// The endpoint under /api/items/ for `rest`: the item, or one of its lists of related items.
// An id never ends in one of the suffixes: its last segment is the item number.
Route item_route(std::string_view rest) {
    for (const auto& [suffix, list] : {std::pair{routes::similar_suffix, RelatedList::similar},
                                       std::pair{routes::history_suffix, RelatedList::history}})
        if (rest.ends_with(suffix) && rest.size() > suffix.size()) {
            const std::string_view id = rest.substr(0, rest.size() - suffix.size());
            return Route{Audience::api, [id, list = list](const Exchange& e) { return api_related(e, id, list); }};
        }
    return Route{Audience::api, [rest](const Exchange& e) { return api_item(e, rest); }};
}

// The endpoint serving `path`, or nullopt if there is none.
std::optional<Route> route(std::string_view path) {
    if (path == routes::search) return Route{Audience::api, api_search};
    if (path == routes::search_csv) return Route{Audience::api, search_csv};
    if (path == routes::health) return Route{Audience::api, api_health};
    if (path == routes::suggest) return Route{Audience::api, api_suggest};
    if (path == routes::compare) return Route{Audience::api, api_compare};
    if (path == routes::compare_csv) return Route{Audience::api, compare_csv};
    if (path == routes::feed) return Route{Audience::api, feed};
    if (path == routes::coverage) return Route{Audience::api, api_coverage};
    if (const auto id = after(path, routes::items_prefix)) return item_route(*id);
    if (path == routes::home) return Route{Audience::page, page_search};
    if (path == routes::opensearch) return Route{Audience::page, opensearch};
    if (path == routes::compare_page) return Route{Audience::page, page_compare};
    if (path == routes::projects_page) return Route{Audience::page, page_projects};
    if (path == routes::coverage_page) return Route{Audience::page, page_coverage};
    if (const auto slug = after(path, routes::project_page_prefix))
        return Route{Audience::page, [slug = *slug](const Exchange& e) { return page_project(e, slug); }};
    if (path == routes::embed_script) return Route{Audience::page, [](const Exchange& e) { return static_asset(e, "embed.js"); }};
    if (const auto name = after(path, routes::static_prefix))
        return Route{Audience::page, [name = *name](const Exchange& e) { return static_asset(e, name); }};
    if (const auto id = after(path, routes::item_page_prefix))
        return Route{Audience::page, [id = *id](const Exchange& e) { return page_item(e, id); }};
    if (const auto key = after(path, routes::meeting_page_prefix))
        return Route{Audience::page, [key = *key](const Exchange& e) { return page_meeting(e, key); }};
    return std::nullopt;
}

// An error in the form its audience reads: JSON for programs, a Danish page for people.
Response failure(Audience audience, unsigned status, std::string_view code, std::string_view message,
                 std::string_view parameter = {}) {
    if (audience == Audience::page) {
        try {
            return error_page(status);
        } catch (...) {
            // The templates themselves failed: say it in plain text rather than drop the connection.
            log_line("internal error: the error page could not be rendered");
            return text_response(status, "text/plain; charset=utf-8", "Referatsøg kunne ikke vise siden.\n");
        }
    }
    return error_response(status, code, message, parameter);
}

// Runs an endpoint, mapping exceptions to responses: the one place that knows which
// failure is whose fault.
Response guarded(const Route& route, const Exchange& exchange) {
    const Request& request = exchange.request;
    try {
        return route.run(exchange);
    } catch (const search::InvalidRequest& e) {
        return failure(route.audience, 400, error_code::invalid_parameter, e.what(), e.parameter());
    } catch (const search::IndexUnavailable& e) {
        log_line("index unavailable: " + std::string(e.what()) + " (" + request.method + " " + loggable_target(request.target) + ")");
        return failure(route.audience, 503, error_code::index_unavailable,
                       "the search index is unavailable; try again later");
    } catch (const std::exception& e) {
        log_line("internal error: " + std::string(e.what()) + " (" + request.method + " " + loggable_target(request.target) + ")");
    } catch (...) {
        log_line("internal error: unknown exception (" + request.method + " " + loggable_target(request.target) + ")");
    }
    return failure(route.audience, 500, error_code::internal, "internal server error");
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
        Response refused = failure(found->audience, 405, error_code::method_not_allowed,
                                   "method " + request.method + " not allowed; use GET or HEAD");
        refused.headers.emplace_back("Allow", found->audience == Audience::api ? "GET, HEAD, OPTIONS" : "GET, HEAD");
        return refused;
    }
    Response response = guarded(*found, exchange);
    if (found->audience == Audience::api) add_cors_headers(request, site, response);
    return response;
}

}  // namespace

std::string_view endpoint_name(std::string_view path) {
    if (path == routes::search || path == routes::search_csv) return "search";
    if (path.starts_with(routes::items_prefix)) return "item";
    if (path == routes::suggest) return "suggest";
    if (path == routes::compare || path == routes::compare_csv) return "compare";
    if (path == routes::feed) return "feed";
    if (path == routes::health) return "health";
    if (path.starts_with(routes::admin_prefix)) return "admin";
    if (path.starts_with(routes::api_prefix) || path == routes::metrics) return "other";
    return "page";
}

Response handle_request(const Request& request, search::SearchService& service, const SiteOptions& site) {
    Response response = dispatch(request, service, site);
    apply_frame_policy(response, site);
    // On every response: a browser must never guess a type and run a JSON body as script.
    response.headers.emplace_back("X-Content-Type-Options", "nosniff");
    // HEAD is GET without the body: same status and headers, same Content-Length.
    response.send_body = request.method != "HEAD";
    return response;
}

}  // namespace rs::http
