#include "searchd/html/compare_page.hpp"

#include <nlohmann/json.hpp>

#include "schema/text/plain_text.hpp"
#include "schema/vocabulary/data_table.hpp"
#include "schema/vocabulary/projects.hpp"
#include "searchd/html/comparison_view.hpp"
#include "searchd/html/template_engine.hpp"
#include "searchd/http/links.hpp"
#include "searchd/http/search_params.hpp"

namespace rs::html {

namespace {

using nlohmann::json;
using search::SearchRequest;

const std::vector<std::string>& selected(const SearchRequest& request, std::string_view facet) {
    static const std::vector<std::string> none;
    const auto it = request.filters.find(facet);
    return it == request.filters.end() ? none : it->second;
}

// "Kom Trygt Hjem", "emnet demens", "«hoftebrud»", joined: what the page compares.
std::string subject_text(const SearchRequest& request) {
    std::vector<std::string> parts;
    if (const auto& projects = selected(request, "project"); !projects.empty()) parts.push_back(schema::join(projects, " eller "));
    if (const auto& topics = selected(request, "topic"); !topics.empty())
        parts.push_back("emnet " + schema::join(topics, " eller "));
    if (!request.query.empty()) parts.push_back("«" + request.query + "»");
    return schema::join(parts, " og ");
}

json options(const std::vector<std::string>& values, const std::vector<std::string>& chosen) {
    json out = json::array();
    for (const auto& value : values)
        out.push_back({{"value", value}, {"selected", std::find(chosen.begin(), chosen.end(), value) != chosen.end()}});
    return out;
}

// The taxonomy's topics, read once: the form is on every comparison page.
const std::vector<std::string>& topic_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& row : schema::load_data_table("topics.tsv", 1)) out.push_back(row.at(0));
        return out;
    }();
    return names;
}

json form_view(const SearchRequest& request) {
    std::vector<std::string> projects;
    for (const auto& project : schema::projects()) projects.push_back(project.name);
    json view{{"q", request.query},
              {"project_options", options(projects, selected(request, "project"))},
              {"topic_options", options(topic_names(), selected(request, "topic"))}};
    const auto& chosen = selected(request, "project");
    if (chosen.size() == 1)
        if (const auto* project = schema::find_project(chosen.front()))
            view["project"] = {{"name", project->name}, {"url", http::project_url(project->slug)}};
    return view;
}

// The comparison's own parameters, for the CSV link: the subject and its filters.
std::string csv_query(const SearchRequest& request) {
    SearchRequest rows = request;
    rows.offset = 0;
    rows.limit = SearchRequest::default_limit;  // left out of the query string
    rows.sort.reset();
    rows.purpose = search::SearchPurpose::page;
    return http::to_query_string(rows);
}

}  // namespace

bool has_compare_subject(const SearchRequest& request) {
    return !request.query.empty() || !selected(request, "project").empty() || !selected(request, "topic").empty();
}

std::string render_compare_page(const SearchRequest& request, const search::Comparison& comparison) {
    json view = form_view(request);
    const std::string subject = subject_text(request);
    view["heading"] = subject + " på tværs af klynger";
    view["comparison"] = comparison_view(comparison, csv_query(request));
    return render_page("compare", view, PageFrame{"Sammenlign " + subject + " – Referatsøg", "", "", "", ""});
}

std::string render_compare_start_page(const SearchRequest& request) {
    json view = form_view(request);
    view["heading"] = "Sammenlign på tværs af klynger";
    view["no_subject"] = true;
    return render_page("compare", view, PageFrame{"Sammenlign på tværs af klynger – Referatsøg", "", "", "", ""});
}

std::string render_compare_error_page(const http::ParamError& error) {
    json view = form_view(SearchRequest{});
    view["heading"] = "Sammenlign på tværs af klynger";
    view["error"] = "Sammenligningen kunne ikke udføres: parameteren «" + schema::shorten(error.parameter, 64) +
                    "» har en ugyldig værdi. Ret adressen, eller vælg igen.";
    return render_page("compare", view, PageFrame{"Fejl i sammenligningen – Referatsøg", "", "", "", ""});
}

}  // namespace rs::html
