#include "searchd/html/hit_view.hpp"

#include "searchd/html/danish_format.hpp"
#include "searchd/http/links.hpp"
#include "searchd/http/query_string.hpp"

namespace rs::html {

std::string body_label(std::string_view body) { return body.empty() ? "Ukendt organ" : std::string(body); }

std::string number_label(const schema::AgendaItem& item) {
    if (item.number <= 0) return {};
    return std::to_string(item.number) + item.sub + ".";
}

nlohmann::json badges_view(const schema::Meeting& meeting, const schema::AgendaItem& item) {
    nlohmann::json badges = nlohmann::json::array();
    for (const auto& decision : item.decisions) badges.push_back({{"decision", decision}});
    const bool has_decisions = !badges.empty();
    nlohmann::json projects = nlohmann::json::array();
    for (const auto& project : item.projects)
        projects.push_back({{"name", project}, {"compare_url", http::compare_url("project", project)}});
    const bool has_projects = !projects.empty();
    return nlohmann::json{{"decisions", std::move(badges)},
                          {"has_decisions", has_decisions},
                          {"projects", std::move(projects)},
                          {"has_projects", has_projects},
                          {"agenda", meeting.kind == schema::document_kind::dagsorden}};
}

nlohmann::json hit_view(const search::Hit& hit, std::string_view query) {
    std::string url = http::permalink(hit.item.id);
    if (!query.empty()) url += "?q=" + http::percent_encode_component(query);
    nlohmann::json view{{"id", hit.item.id},
                        {"title", hit.item.title.empty() ? "(uden titel)" : hit.item.title},
                        {"number_label", number_label(hit.item)},
                        {"url", url},
                        {"body", body_label(hit.meeting.body)},
                        {"forum", hit.meeting.forum},
                        {"date", hit.meeting.date},
                        {"date_label", danish_date(hit.meeting.date)},
                        {"case_type", hit.item.type},
                        {"decision_text", hit.decision_text},
                        {"snippet", hit.snippet}};
    view["badges"] = badges_view(hit.meeting, hit.item);
    return view;
}

}  // namespace rs::html
