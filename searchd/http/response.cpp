#include "searchd/http/response.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "searchd/http/render_json.hpp"

namespace rs::http {

std::string_view Response::header(std::string_view name) const {
    const auto same = [](std::string_view a, std::string_view b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
            const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
            return lower(x) == lower(y);
        });
    };
    for (const auto& [key, value] : headers)
        if (same(key, name)) return value;
    return {};
}

Response json_response(unsigned status, const nlohmann::ordered_json& body) {
    Response response;
    response.status = status;
    response.body = to_body(body);
    // no-store: answers change with every indexer commit and a search costs milliseconds,
    // so a stale cached hit list would cost more than recomputing it.
    response.headers.emplace_back("Cache-Control", "no-store");
    // Any origin may read: intranet pages on other hosts embed the search with fetch().
    // Safe because the API is read-only, public within the intranet and uses no cookies
    // or credentials, so "*" exposes nothing a plain link would not.
    response.headers.emplace_back("Access-Control-Allow-Origin", "*");
    response.headers.emplace_back("X-Content-Type-Options", "nosniff");
    return response;
}

Response error_response(unsigned status, std::string_view code, std::string_view message,
                        std::string_view parameter) {
    return json_response(status, render_error(code, message, parameter));
}

}  // namespace rs::http
