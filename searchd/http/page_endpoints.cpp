#include "searchd/http/page_endpoints.hpp"

#include <string>

#include "searchd/html/assets.hpp"
#include "searchd/html/error_page.hpp"
#include "searchd/html/feed.hpp"
#include "searchd/html/item_page.hpp"
#include "searchd/html/search_page.hpp"
#include "searchd/http/api_endpoints.hpp"
#include "searchd/http/render_csv.hpp"
#include "searchd/http/routes.hpp"
#include "searchd/http/search_params.hpp"

namespace rs::http {

namespace {

// The "q" of an item page (the words to mark); any other parameter but tracking tags is an error.
Parsed<std::string> highlight_param(std::string_view query) {
    auto params = parse_query_string(query);
    if (!params.ok()) return params.error();
    std::string q;
    for (const auto& param : params.value()) {
        if (param.name == "q") {
            if (param.value.size() > SearchParamLimits::max_query_bytes)
                return ParamError{"q", "longer than " + std::to_string(SearchParamLimits::max_query_bytes) + " bytes"};
            q = param.value;
        } else if (!is_ignored_param(param.name)) {
            return ParamError{param.name, "unknown parameter; this page takes only q"};
        }
    }
    return q;
}

// The raw "q" of a query string, for showing it back in a form that could not be searched.
std::string raw_query(std::string_view query) {
    const auto params = parse_query_string(query);
    if (!params.ok()) return {};
    for (const auto& param : params.value())
        if (param.name == "q") return param.value.substr(0, SearchParamLimits::max_query_bytes);
    return {};
}

}  // namespace

Response error_page(unsigned status, std::string_view detail) {
    return html_response(status, html::render_error_page(status, detail));
}

Response page_search(const Exchange& exchange) {
    auto params = parse_query_string(exchange.query);
    if (!params.ok()) return html_response(400, html::render_search_error_page("", params.error()));
    auto request = parse_search_params(params.value());
    if (!request.ok()) return html_response(400, html::render_search_error_page(raw_query(exchange.query), request.error()));
    const auto result = exchange.service.search(request.value());
    Response response = html_response(200, html::render_search_page(request.value(), result, exchange.service.status()));
    response.partial = result.partial;
    return response;
}

Response page_item(const Exchange& exchange, std::string_view encoded_id) {
    const auto q = highlight_param(exchange.query);
    if (!q.ok()) return error_page(400);
    const auto id = decode_path(encoded_id, "id");
    if (!id.ok()) return error_page(400);
    const auto detail = exchange.service.item(id.value(), q.value());
    if (!detail) return error_page(404);
    // The item was just read; should it vanish before this second read, it has nothing related.
    const auto related = exchange.service.related(id.value(), {}).value_or(search::RelatedItems{});
    return html_response(200, html::render_item_page(*detail, related, q.value(), base_url(exchange.request, exchange.site)));
}

Response page_meeting(const Exchange& exchange, std::string_view encoded_key) {
    const auto params = parse_query_string(exchange.query);
    if (!params.ok() || !reject_params(params.value()).ok()) return error_page(400);
    const auto key = decode_path(encoded_key, "meeting");
    if (!key.ok()) return error_page(400);
    const auto detail = exchange.service.meeting(key.value());
    if (!detail) return error_page(404);
    return html_response(200, html::render_meeting_page(*detail, base_url(exchange.request, exchange.site)));
}

Response feed(const Exchange& exchange) {
    auto params = parse_query_string(exchange.query);
    if (!params.ok()) return bad_parameter(params.error());
    auto parsed = parse_search_params(params.value());
    if (!parsed.ok()) return bad_parameter(parsed.error());
    search::SearchRequest request = parsed.value();
    request.sort = search::SortOrder::newest;  // a feed is news: newest first, whatever the page showed
    bool has_limit = false;
    for (const auto& param : params.value()) has_limit = has_limit || param.name == "limit";
    if (!has_limit) request.limit = feed_default_limit;
    const auto result = exchange.service.search(request);
    const std::string base = base_url(exchange.request, exchange.site);
    std::string self = base + std::string(routes::feed);
    if (!exchange.query.empty()) self.append("?").append(exchange.query);
    // The feed's id is its own address; readers poll it, so they may cache it briefly.
    return text_response(200, "application/atom+xml; charset=utf-8", html::render_atom_feed(request, result, base, self),
                         "public, max-age=300");
}

Response search_csv(const Exchange& exchange) {
    auto params = parse_query_string(exchange.query);
    if (!params.ok()) return bad_parameter(params.error());
    auto request = parse_search_params(params.value(), search::SearchPurpose::export_rows);
    if (!request.ok()) return bad_parameter(request.error());
    const auto result = exchange.service.search(request.value());
    Response response = text_response(200, "text/csv; charset=utf-8",
                                      render_csv(result, base_url(exchange.request, exchange.site)), "no-store");
    response.headers.emplace_back("Content-Disposition", "attachment; filename=\"referatsog.csv\"");
    return response;
}

Response opensearch(const Exchange& exchange) {
    return text_response(200, "application/opensearchdescription+xml; charset=utf-8",
                         html::render_opensearch(base_url(exchange.request, exchange.site)), "public, max-age=3600");
}

Response static_asset(const Exchange& exchange, std::string_view name) {
    const auto asset = html::find_asset(name);
    if (!asset) return error_page(404);
    // Pages reference assets with ?v=<hash>, so a new build changes the URL; embed.js is
    // linked by intranet pages without one and must not be kept long.
    const std::string_view cache = name == "embed.js" ? "public, max-age=300" : "public, max-age=86400";
    if (exchange.request.header("If-None-Match") == asset->etag) {
        Response unchanged = text_response(304, "", "", cache);
        unchanged.content_type.clear();
        unchanged.headers.emplace_back("ETag", asset->etag);
        return unchanged;
    }
    Response response = text_response(200, asset->content_type, std::string(asset->content), cache);
    response.headers.emplace_back("ETag", asset->etag);
    return response;
}

}  // namespace rs::http
