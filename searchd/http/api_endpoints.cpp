#include "searchd/http/api_endpoints.hpp"

#include <string>

#include <nlohmann/json.hpp>

#include "schema/text/plain_text.hpp"
#include "searchd/http/archive_params.hpp"
#include "searchd/http/render_json.hpp"
#include "searchd/http/search_params.hpp"
#include "searchd/http/suggest_params.hpp"

namespace rs::http {

namespace {
// A history lists every related item of the cluster: it takes no parameters.
Parsed<search::RelatedRequest> history_params(const std::vector<QueryParam>& params) {
    if (auto rejected = reject_params(params); !rejected.ok()) return rejected.error();
    return search::RelatedRequest{};
}
}  // namespace

Response bad_parameter(const ParamError& error) {
    return error_response(400, error_code::invalid_parameter, error.message, error.parameter);
}

Response api_search(const Exchange& exchange) {
    auto params = parse_query_string(exchange.query);
    if (!params.ok()) return bad_parameter(params.error());
    auto request = parse_search_params(params.value());
    if (!request.ok()) return bad_parameter(request.error());
    const auto result = exchange.service.search(request.value());
    Response response = json_response(200, render_search(request.value(), result));
    response.partial = result.partial;
    return response;
}

Response api_item(const Exchange& exchange, std::string_view encoded_id) {
    auto params = parse_query_string(exchange.query);
    if (!params.ok()) return bad_parameter(params.error());
    if (auto rejected = reject_params(params.value()); !rejected.ok()) return bad_parameter(rejected.error());
    auto id = decode_path(encoded_id, "id");
    if (!id.ok()) return bad_parameter(id.error());
    auto detail = exchange.service.item(id.value(), {});
    if (!detail) return error_response(404, error_code::not_found, "no item with id \"" + schema::shorten(id.value(), quoted_input_bytes) + "\"");
    return json_response(200, render_item(*detail));
}

Response api_related(const Exchange& exchange, std::string_view encoded_id, RelatedList list) {
    auto params = parse_query_string(exchange.query);
    if (!params.ok()) return bad_parameter(params.error());
    auto request = list == RelatedList::similar ? parse_related_params(params.value()) : history_params(params.value());
    if (!request.ok()) return bad_parameter(request.error());
    auto id = decode_path(encoded_id, "id");
    if (!id.ok()) return bad_parameter(id.error());
    const auto related = exchange.service.related(id.value(), request.value());
    if (!related) return error_response(404, error_code::not_found, "no item with id \"" + schema::shorten(id.value(), quoted_input_bytes) + "\"");
    return json_response(200, list == RelatedList::similar ? render_similar(id.value(), *related)
                                                           : render_history(id.value(), *related));
}

Response api_coverage(const Exchange& exchange) {
    auto params = parse_query_string(exchange.query);
    if (!params.ok()) return bad_parameter(params.error());
    auto request = parse_coverage_params(params.value());
    if (!request.ok()) return bad_parameter(request.error());
    return json_response(200, render_coverage(exchange.service.coverage(request.value())));
}

Response api_compare(const Exchange& exchange) {
    auto params = parse_query_string(exchange.query);
    if (!params.ok()) return bad_parameter(params.error());
    auto request = parse_search_params(params.value(), search::SearchPurpose::export_rows);
    if (!request.ok()) return bad_parameter(request.error());
    return json_response(200, render_comparison(exchange.service.compare(request.value())));
}

Response api_suggest(const Exchange& exchange) {
    auto params = parse_query_string(exchange.query);
    if (!params.ok()) return bad_parameter(params.error());
    auto suggest = parse_suggest_params(params.value());
    if (!suggest.ok()) return bad_parameter(suggest.error());
    const auto& wanted = suggest.value();
    const auto suggestions = exchange.service.suggest(wanted.request);
    if (wanted.format == SuggestFormat::opensearch) {
        Response response = json_response(200, render_opensearch_suggestions(wanted.request.prefix, suggestions));
        response.content_type = "application/x-suggestions+json; charset=utf-8";
        return response;
    }
    return json_response(200, render_suggestions(wanted.request.prefix, suggestions));
}

Response api_health(const Exchange& exchange) {
    auto params = parse_query_string(exchange.query);
    if (!params.ok()) return bad_parameter(params.error());
    if (auto rejected = reject_params(params.value()); !rejected.ok()) return bad_parameter(rejected.error());
    return json_response(200, render_health(exchange.service.status()));
}

}  // namespace rs::http
