#include "searchd/http/router.hpp"

#include <exception>
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "searchd/http/log.hpp"
#include "searchd/http/query_string.hpp"
#include "searchd/http/render_json.hpp"
#include "searchd/http/routes.hpp"
#include "searchd/http/search_params.hpp"

namespace rs::http {

namespace {

Response bad_parameter(const ParamError& error) {
    return error_response(400, error_code::invalid_parameter, error.message, error.parameter);
}

Response not_found(std::string_view path) {
    return error_response(404, error_code::not_found, "no such endpoint: " + std::string(path) +
                                                          " (try /api/search, /api/items/{id}, /api/health)");
}

Response search(std::string_view query, search::SearchService& service) {
    auto params = parse_query_string(query);
    if (!params.ok()) return bad_parameter(params.error());
    auto request = parse_search_params(params.value());
    if (!request.ok()) return bad_parameter(request.error());
    return json_response(200, render_search(request.value(), service.search(request.value())));
}

Response item(std::string_view encoded_id, std::string_view query, search::SearchService& service) {
    auto params = parse_query_string(query);
    if (!params.ok()) return bad_parameter(params.error());
    if (auto rejected = reject_params(params.value()); !rejected.ok()) return bad_parameter(rejected.error());
    auto id = decode_path(encoded_id, "id");
    if (!id.ok()) return bad_parameter(id.error());
    auto detail = service.item(id.value());
    if (!detail) return error_response(404, error_code::not_found, "no item with id \"" + id.value() + "\"");
    return json_response(200, render_item(*detail));
}

Response health(std::string_view query, search::SearchService& service) {
    auto params = parse_query_string(query);
    if (!params.ok()) return bad_parameter(params.error());
    if (auto rejected = reject_params(params.value()); !rejected.ok()) return bad_parameter(rejected.error());
    return json_response(200, render_health(service.status()));
}

// The endpoint serving `path`, or an empty function if there is none.
std::function<Response(search::SearchService&)> route(std::string_view path, std::string_view query) {
    if (path == routes::search) return [query](search::SearchService& s) { return search(query, s); };
    if (path == routes::health) return [query](search::SearchService& s) { return health(query, s); };
    if (path.starts_with(routes::items_prefix) && path.size() > routes::items_prefix.size()) {
        const auto id = path.substr(routes::items_prefix.size());
        return [id, query](search::SearchService& s) { return item(id, query, s); };
    }
    return {};
}

// Runs an endpoint, mapping exceptions to responses: the one place that knows which
// failure is whose fault.
Response guarded(const std::function<Response(search::SearchService&)>& endpoint, search::SearchService& service,
                 const Request& request) {
    try {
        return endpoint(service);
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

}  // namespace

Response handle_request(const Request& request, search::SearchService& service) {
    const bool head = request.method == "HEAD";
    Response response;
    if (request.target.empty() || request.target.front() != '/') {
        response = error_response(400, error_code::invalid_request, "request target must be a path starting with '/'");
    } else {
        const Target target = split_target(request.target);
        const auto endpoint = route(target.path, target.query);
        if (!endpoint) {
            response = not_found(target.path);
        } else if (!head && request.method != "GET") {
            response = error_response(405, error_code::method_not_allowed,
                                      "method " + request.method + " not allowed; use GET or HEAD");
            response.headers.emplace_back("Allow", "GET, HEAD");
        } else {
            response = guarded(endpoint, service, request);
        }
    }
    // HEAD is GET without the body: same status and headers, same Content-Length.
    response.send_body = !head;
    return response;
}

}  // namespace rs::http
