#include "searchd/http/archive_page_endpoints.hpp"

#include "schema/vocabulary/projects.hpp"
#include "searchd/html/compare_page.hpp"
#include "searchd/html/coverage_page.hpp"
#include "searchd/html/project_pages.hpp"
#include "searchd/http/api_endpoints.hpp"
#include "searchd/http/archive_params.hpp"
#include "searchd/http/page_endpoints.hpp"
#include "searchd/http/render_csv.hpp"
#include "searchd/http/search_params.hpp"

namespace rs::http {

Response page_compare(const Exchange& exchange) {
    auto params = parse_query_string(exchange.query);
    if (!params.ok()) return html_response(400, html::render_compare_error_page(params.error()));
    auto request = parse_search_params(params.value(), search::SearchPurpose::export_rows);
    if (!request.ok()) return html_response(400, html::render_compare_error_page(request.error()));
    if (!html::has_compare_subject(request.value()))
        return html_response(200, html::render_compare_start_page(request.value()));
    return html_response(200, html::render_compare_page(request.value(), exchange.service.compare(request.value())));
}

Response compare_csv(const Exchange& exchange) {
    auto params = parse_query_string(exchange.query);
    if (!params.ok()) return bad_parameter(params.error());
    auto request = parse_search_params(params.value(), search::SearchPurpose::export_rows);
    if (!request.ok()) return bad_parameter(request.error());
    Response response = text_response(200, "text/csv; charset=utf-8",
                                      render_comparison_csv(exchange.service.compare(request.value())), "no-store");
    response.headers.emplace_back("Content-Disposition", "attachment; filename=\"referatsog-sammenligning.csv\"");
    return response;
}

Response page_projects(const Exchange& exchange) {
    const auto params = parse_query_string(exchange.query);
    if (!params.ok() || !reject_params(params.value()).ok()) return error_page(400);
    std::vector<html::ProjectOverview> overviews;
    for (const auto& project : schema::projects()) {
        search::SearchRequest counts;
        counts.filters["project"] = {project.name};
        counts.limit = 0;  // the facet counts are the answer
        overviews.push_back({&project, exchange.service.search(counts)});
    }
    return html_response(200, html::render_projects_page(overviews));
}

Response page_project(const Exchange& exchange, std::string_view encoded_slug) {
    const auto params = parse_query_string(exchange.query);
    if (!params.ok() || !reject_params(params.value()).ok()) return error_page(400);
    const auto slug = decode_path(encoded_slug, "slug");
    if (!slug.ok()) return error_page(400);
    const schema::Project* project = schema::find_project_by_slug(slug.value());
    if (!project) return error_page(404);
    search::SearchRequest request;
    request.filters["project"] = {project->name};
    request.purpose = search::SearchPurpose::export_rows;
    request.limit = search::SearchRequest::max_export_limit;
    return html_response(200, html::render_project_page(*project, exchange.service.compare(request),
                                                        base_url(exchange.request, exchange.site)));
}

Response page_coverage(const Exchange& exchange) {
    auto params = parse_query_string(exchange.query);
    if (!params.ok()) return html_response(400, html::render_coverage_error_page(params.error()));
    auto request = parse_coverage_params(params.value());
    if (!request.ok()) return html_response(400, html::render_coverage_error_page(request.error()));
    return html_response(200, html::render_coverage_page(request.value(), exchange.service.coverage(request.value())));
}

}  // namespace rs::http
