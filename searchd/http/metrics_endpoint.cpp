#include "searchd/http/metrics_endpoint.hpp"

#include <optional>

#include "searchd/http/routes.hpp"

namespace rs::http {

bool is_metrics_request(const Request& request) {
    const std::string_view target = request.target;
    return target.substr(0, target.find('?')) == routes::metrics;
}

Response metrics_response(const Request& request, ServerContext& context) {
    if (request.method != "GET" && request.method != "HEAD") {
        Response refused = error_response(405, error_code::method_not_allowed,
                                          "method " + request.method + " not allowed; use GET or HEAD");
        refused.headers.emplace_back("Allow", "GET, HEAD");
        return refused;
    }
    std::optional<search::IndexStatus> index;
    try {
        index = context.service.status();
    } catch (const search::IndexUnavailable&) {
    }
    const std::string text = context.metrics.render(context.sessions.size(), index ? &*index : nullptr,
                                                    context.work.waiting());
    Response response = text_response(200, "text/plain; version=0.0.4; charset=utf-8", text, "no-store");
    response.send_body = request.method != "HEAD";
    return response;
}

}  // namespace rs::http
