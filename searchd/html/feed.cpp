#include "searchd/html/feed.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "searchd/html/danish_format.hpp"
#include "searchd/html/hit_view.hpp"
#include "searchd/html/template_engine.hpp"
#include "searchd/html/text_markup.hpp"
#include "searchd/http/links.hpp"
#include "searchd/http/search_params.hpp"

namespace rs::html {

namespace {

/// Atom wants a full timestamp; a meeting has a date. Midnight UTC stands for the day.
std::string atom_time(std::string_view iso_date) {
    return iso_date.empty() ? "1970-01-01T00:00:00Z" : std::string(iso_date) + "T00:00:00Z";
}

std::string entry_summary(const search::Hit& hit) {
    std::string text = hit.meeting.body;
    if (!hit.meeting.forum.empty()) text += " · " + hit.meeting.forum;
    if (!hit.meeting.date.empty()) text += " · " + danish_date(hit.meeting.date);
    if (!hit.decision_text.empty()) text += ". Beslutning: " + hit.decision_text;
    return text;
}

nlohmann::json categories(const std::vector<std::string>& decisions) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& decision : decisions) out.push_back({{"term", decision}});
    return out;
}

}  // namespace

std::string render_atom_feed(const search::SearchRequest& request, const search::SearchResult& result,
                             std::string_view base_url, std::string_view self_url) {
    nlohmann::json entries = nlohmann::json::array();
    std::string updated;
    for (const auto& hit : result.hits) {
        const std::string link = std::string(base_url) + http::permalink(hit.item.id);
        updated = std::max(updated, hit.meeting.date);
        // The snippet is HTML; inside type="html" content it is carried as escaped text.
        std::string content;
        if (!hit.decision_text.empty()) content += "<p><strong>Beslutning:</strong> " + html_escape(hit.decision_text) + "</p>";
        if (!hit.snippet.empty()) content += "<p>" + hit.snippet + "</p>";
        entries.push_back({{"id", link},
                           {"title", hit.item.title.empty() ? "(uden titel)" : hit.item.title},
                           {"link", link},
                           {"updated", atom_time(hit.meeting.date)},
                           {"summary", entry_summary(hit)},
                           {"content", content},
                           {"author", body_label(hit.meeting.body)},
                           {"categories", categories(hit.item.decisions)}});
    }
    search::SearchRequest page = request;  // the page of the same search, in the feed's order
    page.limit = search::SearchRequest::default_limit;
    const std::string query = http::to_query_string(page);
    const std::string alternate = std::string(base_url) + "/" + (query.empty() ? "" : "?" + query);
    const std::string title = request.query.empty() ? "Referatsøg: nyeste punkter" : "Referatsøg: " + request.query;
    const nlohmann::json view{{"id", self_url},
                              {"title", title},
                              {"self", self_url},
                              {"alternate", alternate},
                              {"updated", atom_time(updated)},
                              {"entries", std::move(entries)}};
    return render_template("feed.atom", view);
}

std::string render_opensearch(std::string_view base_url) {
    return render_template("opensearch.xml", nlohmann::json{{"base", base_url}});
}

}  // namespace rs::html
