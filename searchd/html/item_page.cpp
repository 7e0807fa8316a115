#include "searchd/html/item_page.hpp"

#include <nlohmann/json.hpp>

#include "schema/ids.hpp"
#include "searchd/html/danish_format.hpp"
#include "searchd/html/hit_view.hpp"
#include "searchd/html/related_view.hpp"
#include "searchd/html/template_engine.hpp"
#include "searchd/html/text_markup.hpp"
#include "searchd/http/links.hpp"
#include "searchd/http/query_string.hpp"

namespace rs::html {

namespace {

using nlohmann::json;

std::string meeting_name(const schema::Meeting& meeting) {
    std::string name = body_label(meeting.body);
    if (!meeting.forum.empty()) name += " · " + meeting.forum;
    if (!meeting.date.empty()) name += " · " + danish_date(meeting.date);
    return name;
}

std::string time_of(const schema::Meeting& meeting) {
    if (meeting.start_time.empty()) return {};
    return meeting.end_time.empty() ? "kl. " + meeting.start_time : "kl. " + meeting.start_time + "–" + meeting.end_time;
}

// Label/value rows of a <dl>, empty values left out.
json facts(std::initializer_list<std::pair<const char*, std::string>> rows) {
    json out = json::array();
    for (const auto& [term, value] : rows)
        if (!value.empty()) out.push_back({{"term", term}, {"value", value}});
    return out;
}

json meeting_facts(const schema::Meeting& meeting) {
    return facts({{"Organ", meeting.body},
                  {"Klynge", meeting.cluster == meeting.body ? "" : meeting.cluster},
                  {"Kommune", meeting.municipality},
                  {"Region", meeting.region},
                  {"Forum", meeting.forum + (meeting.forum_inferred ? " (udledt af teksten)" : "")},
                  {"Dato", danish_date(meeting.date)},
                  {"Tid", time_of(meeting)},
                  {"Sted", meeting.place},
                  {"Dokument", meeting.kind == schema::document_kind::dagsorden ? "Dagsorden" : "Referat"},
                  {"Kilde", meeting.source}});
}

json neighbour(const search::ItemRef& ref, std::string_view query) {
    std::string url = http::permalink(ref.id);
    if (!query.empty()) url += "?q=" + http::percent_encode_component(query);
    const std::string number = ref.number > 0 ? std::to_string(ref.number) + ref.sub + ". " : "";
    return json{{"url", url}, {"label", number + ref.title}};
}

}  // namespace

std::string render_item_page(const search::ItemDetail& detail, const search::RelatedItems& related,
                             std::string_view query, std::string_view base_url) {
    const auto& item = detail.item;
    const auto& meeting = detail.meeting;
    const std::string key = schema::meeting_key(meeting);
    json sections = json::array();
    for (std::size_t i = 0; i < item.sections.size(); ++i) {
        const auto& section = item.sections[i];
        sections.push_back({{"id", "sec-" + std::to_string(i + 1)},
                            {"heading", section.name == schema::section::tekst ? "Tekst" : section.name},
                            {"html", section_html(section.text, detail.marked_words)}});
    }
    json view{{"title_html", marked_html(item.title.empty() ? "(uden titel)" : item.title, detail.marked_words)},
              {"number_label", number_label(item)},
              {"meeting_name", meeting_name(meeting)},
              {"meeting_url", http::meeting_url(key)},
              {"decision_text", detail.decision_text},
              {"facts", facts({{"Sagstype", item.type},
                               {"Sagsnummer", item.case_number},
                               {"Tidspunkt på dagsordenen", item.time_slot},
                               {"Emner", schema::join(item.topics, ", ")},
                               {"Projekter", schema::join(item.projects, ", ")}})},
              {"meeting_facts", meeting_facts(meeting)},
              {"permalink", http::permalink(item.id)},
              {"absolute_url", std::string(base_url) + http::permalink(item.id)},
              {"sections", std::move(sections)},
              {"query", query},
              {"back_url", query.empty() ? "" : "/?q=" + http::percent_encode_component(query)}};
    view["badges"] = badges_view(meeting, item);
    view.update(related_view(detail, related));
    for (std::size_t i = 0; i < detail.meeting_items.size(); ++i) {
        if (detail.meeting_items[i].id != item.id) continue;
        if (i > 0) view["prev"] = neighbour(detail.meeting_items[i - 1], query);
        if (i + 1 < detail.meeting_items.size()) view["next"] = neighbour(detail.meeting_items[i + 1], query);
    }
    const std::string title = (item.title.empty() ? "Punkt" : item.title) + " – " + meeting_name(meeting);
    return render_page("item", view, PageFrame{title + " – Referatsøg", view["absolute_url"].get<std::string>(), "", "", ""});
}

std::string render_meeting_page(const search::MeetingDetail& detail, std::string_view base_url) {
    json items = json::array();
    for (const auto& hit : detail.items) items.push_back(hit_view(hit, ""));
    const json view{{"meeting_name", meeting_name(detail.meeting)},
                    {"document_title", detail.meeting.title},
                    {"meeting_facts", meeting_facts(detail.meeting)},
                    {"items", std::move(items)},
                    {"count", item_count(detail.items.size())}};
    const std::string absolute = std::string(base_url) + http::meeting_url(detail.key);
    return render_page("meeting", view, PageFrame{meeting_name(detail.meeting) + " – Referatsøg", absolute, "", "", ""});
}

}  // namespace rs::html
