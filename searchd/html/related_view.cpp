#include "searchd/html/related_view.hpp"

#include <algorithm>
#include <tuple>

#include "schema/text/plain_text.hpp"
#include "schema/vocabulary/projects.hpp"
#include "searchd/html/danish_format.hpp"
#include "searchd/html/hit_view.hpp"
#include "searchd/http/links.hpp"

namespace rs::html {

namespace {

using nlohmann::json;

/// Shared terms named in a reason: the strongest few say why; the list goes on in the API.
constexpr std::size_t reason_terms = 5;

json history_entry(const schema::Meeting& meeting, const schema::AgendaItem& item, const std::string& decision_text,
                   bool current) {
    return json{{"url", http::permalink(item.id)},
                {"title", item.title.empty() ? "(uden titel)" : item.title},
                {"number_label", number_label(item)},
                {"date", meeting.date},
                {"date_label", meeting.date.empty() ? "Uden dato" : danish_date(meeting.date)},
                {"forum", meeting.forum},
                {"badges", badges_view(meeting, item)},
                {"decision_text", decision_text},
                {"current", current}};
}

// The history with the item itself in its place, so a reader sees what came before and after.
json history_view(const search::ItemDetail& detail, const std::vector<search::RelatedItem>& history) {
    json out = json::array();
    bool placed = false;
    const auto before_current = [&](const search::Hit& hit) {
        return std::tie(hit.meeting.date, hit.item.number, hit.item.sub) <
               std::tie(detail.meeting.date, detail.item.number, detail.item.sub);
    };
    for (const auto& entry : history) {
        if (!placed && !before_current(entry.hit)) {
            out.push_back(history_entry(detail.meeting, detail.item, detail.decision_text, true));
            placed = true;
        }
        out.push_back(history_entry(entry.hit.meeting, entry.hit.item, entry.hit.decision_text, false));
    }
    if (!placed) out.push_back(history_entry(detail.meeting, detail.item, detail.decision_text, true));
    return out;
}

json project_links(const schema::AgendaItem& item) {
    json links = json::array();
    for (const auto& name : item.projects) {
        json link{{"name", name}, {"compare_url", http::compare_url("project", name)}};
        if (const auto* project = schema::find_project(name)) link["project_url"] = http::project_url(project->slug);
        links.push_back(std::move(link));
    }
    return links;
}

}  // namespace

std::string reason_text(const search::RelatedItem& related) {
    std::string out;
    if (!related.shared_terms.empty()) {
        const auto end = related.shared_terms.begin() +
                         static_cast<long>(std::min(reason_terms, related.shared_terms.size()));
        out = "Fælles nøgleord: " + schema::join({related.shared_terms.begin(), end}, ", ");
    }
    if (!related.shared_projects.empty())
        out += (out.empty() ? "" : " · ") + std::string(related.shared_projects.size() == 1 ? "Projekt: " : "Projekter: ") +
               schema::join(related.shared_projects, ", ");
    return out;
}

json related_view(const search::ItemDetail& detail, const search::RelatedItems& related) {
    json similar = json::array();
    for (const auto& entry : related.similar) {
        json hit = hit_view(entry.hit, "");
        hit["reason"] = reason_text(entry);
        similar.push_back(std::move(hit));
    }
    const json links = project_links(detail.item);
    return json{{"similar", std::move(similar)},
                {"has_similar", !related.similar.empty()},
                {"history", related.history.empty() ? json::array() : history_view(detail, related.history)},
                {"has_history", !related.history.empty()},
                {"body", detail.meeting.body.empty() ? "organet" : detail.meeting.body},
                {"project_links", links},
                {"has_project_links", !links.empty()}};
}

}  // namespace rs::html
