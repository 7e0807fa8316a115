#include "searchd/http/response.hpp"

#include <nlohmann/json.hpp>

#include "schema/text/plain_text.hpp"
#include "searchd/http/render_json.hpp"

namespace rs::http {

std::string_view Response::header(std::string_view name) const { return find_header(headers, name); }

Response json_response(unsigned status, const nlohmann::ordered_json& body) {
    Response response;
    response.status = status;
    response.body = to_body(body);
    // no-store: answers change with every indexer commit and a search costs milliseconds,
    // so a stale cached hit list would cost more than recomputing it.
    response.headers.emplace_back("Cache-Control", "no-store");
    // CORS headers are the router's (cors.hpp): they depend on the request's Origin.
    return response;
}

Response text_response(unsigned status, std::string_view content_type, std::string body,
                       std::string_view cache_control) {
    Response response;
    response.status = status;
    response.content_type = std::string(content_type);
    response.body = std::move(body);
    response.headers.emplace_back("Cache-Control", std::string(cache_control));
    return response;
}

Response html_response(unsigned status, std::string body) {
    // no-cache, not no-store: the back button may keep the page, but a reload asks again.
    Response response = text_response(status, "text/html; charset=utf-8", std::move(body), "no-cache");
    response.headers.emplace_back("Content-Security-Policy", std::string(page_security_policy));
    response.headers.emplace_back("Referrer-Policy", "same-origin");
    return response;
}

Response error_response(unsigned status, std::string_view code, std::string_view message,
                        std::string_view parameter) {
    // Messages quote what the client sent (an id, a value, a parameter name): a short
    // prefix of it is enough to recognise, and a 60,000-byte id is not echoed back.
    return json_response(status, render_error(code, schema::shorten(message, max_error_message_bytes),
                                              schema::shorten(parameter, max_error_parameter_bytes)));
}

}  // namespace rs::http
