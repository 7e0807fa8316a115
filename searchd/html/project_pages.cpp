#include "searchd/html/project_pages.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "searchd/html/comparison_view.hpp"
#include "searchd/html/danish_format.hpp"
#include "searchd/html/template_engine.hpp"
#include "searchd/http/links.hpp"
#include "searchd/http/query_string.hpp"

namespace rs::html {

namespace {

using nlohmann::json;

const std::vector<search::FacetCount>& facet(const search::SearchResult& result, std::string_view name) {
    static const std::vector<search::FacetCount> none;
    const auto it = result.facets.find(name);
    return it == result.facets.end() ? none : it->second;
}

std::string clusters_label(std::size_t count) {
    return count == 1 ? "1 klynge" : danish_number(count) + " klynger";
}

// "2021–2025", "2024" or "" from a year facet.
std::string years_label(const std::vector<search::FacetCount>& years) {
    std::vector<std::string> values;
    for (const auto& year : years)
        if (year.count > 0) values.push_back(year.value);
    if (values.empty()) return {};
    const auto [first, last] = std::minmax_element(values.begin(), values.end());
    return *first == *last ? *first : *first + "–" + *last;
}

std::size_t known_clusters(const std::vector<search::FacetCount>& clusters) {
    return static_cast<std::size_t>(std::count_if(clusters.begin(), clusters.end(),
                                                  [](const search::FacetCount& c) { return c.count > 0 && !c.value.empty(); }));
}

std::string search_url(const schema::Project& project) {
    return "/?project=" + http::percent_encode_component(project.name);
}

}  // namespace

std::string render_projects_page(const std::vector<ProjectOverview>& overviews) {
    json projects = json::array();
    for (const auto& overview : overviews) {
        const auto& project = *overview.project;
        const std::size_t clusters = known_clusters(facet(overview.counts, "cluster"));
        projects.push_back({{"name", project.name},
                            {"url", http::project_url(project.slug)},
                            {"description", project.description},
                            {"clusters", clusters_label(clusters)},
                            {"items", item_count(overview.counts.total)},
                            {"years", years_label(facet(overview.counts, "year"))},
                            {"compare_url", http::compare_url("project", project.name)},
                            {"has_items", overview.counts.total > 0}});
    }
    const json view{{"projects", std::move(projects)}, {"count", std::to_string(overviews.size())}};
    return render_page("projects", view, PageFrame{"Projekter – Referatsøg", "", "", "", ""});
}

std::string render_project_page(const schema::Project& project, const search::Comparison& comparison,
                                std::string_view base_url) {
    json view{{"name", project.name},
              {"description", project.description},
              {"compare_url", http::compare_url("project", project.name)},
              {"search_url", search_url(project)},
              {"clusters", clusters_label(static_cast<std::size_t>(std::count_if(
                               comparison.groups.begin(), comparison.groups.end(),
                               [](const search::ComparisonGroup& g) { return !g.body.empty(); })))},
              {"comparison", comparison_view(comparison, "project=" + http::percent_encode_component(project.name))}};
    std::string first, latest;
    for (const auto& group : comparison.groups) {
        if (!group.first_date.empty() && (first.empty() || group.first_date < first)) first = group.first_date;
        latest = std::max(latest, group.latest_date);
    }
    view["first"] = danish_date(first);
    view["latest"] = danish_date(latest);
    view["has_dates"] = !first.empty();
    const std::string canonical = std::string(base_url) + http::project_url(project.slug);
    return render_page("project", view, PageFrame{project.name + " – projekt – Referatsøg", canonical, "", "", ""});
}

}  // namespace rs::html
