#include "searchd/http/admin_endpoint.hpp"

#include <nlohmann/json.hpp>

#include "searchd/http/admin_token.hpp"
#include "searchd/http/log.hpp"
#include "searchd/http/render_json.hpp"
#include "searchd/http/routes.hpp"

namespace rs::http {

namespace {

using Json = nlohmann::ordered_json;

std::string_view path_of(const Request& request) {
    const std::string_view target = request.target;
    return target.substr(0, target.find('?'));
}

Response wrong_method(const Request& request, std::string_view allowed) {
    Response refused = error_response(405, error_code::method_not_allowed,
                                      "method " + request.method + " not allowed; use " + std::string(allowed));
    refused.headers.emplace_back("Allow", std::string(allowed));
    return refused;
}

Response reload(ServerContext& context) {
    try {
        const auto status = context.service.reload();
        context.metrics.reloaded();
        log_line("admin: index opened again (" + std::to_string(status.items) + " items, revision " + status.revision + ")");
        return json_response(200, Json{{"reloaded", true}, {"index", render_health(status)}});
    } catch (const search::IndexUnavailable& e) {
        log_line(std::string("admin: reload failed: ") + e.what());
        return error_response(503, error_code::index_unavailable,
                              "the index could not be opened again: see searchd's log");
    }
}

Response stats(ServerContext& context) {
    const auto classes = context.metrics.requests_by_class();
    Json requests = Json::object();
    for (std::size_t c = 0; c < classes.size(); ++c) requests[std::to_string(c + 1) + "xx"] = classes[c];
    Json index = nullptr;
    try {
        index = render_health(context.service.status());
    } catch (const search::IndexUnavailable&) {
    }
    return json_response(200, Json{{"version", searchd_version()},
                                   {"uptime_s", static_cast<std::uint64_t>(context.metrics.uptime_seconds())},
                                   {"connections", {{"open", context.sessions.size()},
                                                    {"max", context.limits.max_connections}}},
                                   {"requests", std::move(requests)},
                                   {"in_flight", context.metrics.in_flight()},
                                   {"last_reload_unix", context.metrics.last_reload_unix()},
                                   {"log_queries", context.log.queries},
                                   {"allowed_origins", context.site.allowed_origins.size()},
                                   {"index", std::move(index)}});
}

}  // namespace

bool is_admin_request(const Request& request) { return path_of(request).starts_with(routes::admin_prefix); }

Response admin_response(const Request& request, ServerContext& context) {
    if (context.admin.token.empty())
        return error_response(403, error_code::admin_disabled,
                              "the admin endpoints are off; set [admin] token_file in searchd's configuration");
    if (!same_token(context.admin.token, bearer_token(request))) {
        Response refused = error_response(401, error_code::unauthorized,
                                          "send the admin token as \"Authorization: Bearer TOKEN\"");
        refused.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"referatsog-admin\"");
        return refused;
    }
    const std::string_view path = path_of(request);
    if (path == routes::admin_reload) return request.method == "POST" ? reload(context) : wrong_method(request, "POST");
    if (path == routes::admin_stats) {
        if (request.method != "GET" && request.method != "HEAD") return wrong_method(request, "GET, HEAD");
        Response response = stats(context);
        response.send_body = request.method != "HEAD";
        return response;
    }
    return error_response(404, error_code::not_found,
                          "no such admin endpoint (try POST /api/admin/reload, GET /api/admin/stats)");
}

}  // namespace rs::http
