#include "searchd/http/render_json.hpp"

#include <cmath>
#include <initializer_list>

#include <nlohmann/json.hpp>

#include "schema/fields.hpp"
#include "schema/record_json.hpp"
#include "searchd/http/links.hpp"

namespace rs::http {

using nlohmann::json;
using Json = nlohmann::ordered_json;

namespace {

Json render_facets(const search::SearchResult& result) {
    Json facets = Json::object();
    for (const auto& facet : schema::facets) {
        Json counts = Json::array();
        if (auto it = result.facets.find(facet.name); it != result.facets.end())
            for (const auto& count : it->second) counts.push_back(Json{{"value", count.value}, {"count", count.count}});
        facets[std::string(facet.name)] = std::move(counts);
    }
    return facets;
}

const char* kind_name(search::SuggestionKind kind) {
    switch (kind) {
        case search::SuggestionKind::word: return "word";
        case search::SuggestionKind::title: return "title";
        case search::SuggestionKind::project: return "project";
        case search::SuggestionKind::topic: return "topic";
    }
    return "word";
}

}  // namespace



Json render_hit(const search::Hit& hit) {
    // A summary in the order of the API contract; the sections stay out (the snippet
    // stands in for them), so they are not serialised at all.
    const auto& item = hit.item;
    const auto& meeting = hit.meeting;
    return Json{{"id", item.id},
                {"url", item_url(item.id)},
                {"permalink", permalink(item.id)},
                {"title", item.title},
                {"number", item.number},
                {"sub", item.sub},
                {"cluster", meeting.cluster},
                {"region", meeting.region},
                {"forum", meeting.forum},
                {"date", meeting.date},
                {"type", item.type},
                {"decisions", item.decisions},
                {"topics", item.topics},
                {"projects", item.projects},
                {"procedural", item.procedural},
                {"source", meeting.source},
                {"decision_text", hit.decision_text},
                {"snippet", hit.snippet}};
}

Json render_search(const search::SearchRequest& request, const search::SearchResult& result) {
    Json hits = Json::array();
    for (const auto& hit : result.hits) hits.push_back(render_hit(hit));
    Json out{{"total", result.total},
             {"offset", request.offset},
             {"limit", request.limit},
             // Rounded to 0.01 ms: more digits are noise and make responses harder to read.
             {"took_ms", std::round(result.took_ms * 100.0) / 100.0},
             {"hits", std::move(hits)},
             {"facets", render_facets(result)}};
    if (!result.query_note.empty()) out["query_note"] = result.query_note;
    if (!result.suggestion.empty()) out["suggestion"] = result.suggestion;
    if (result.suggestion_applied) out["suggestion_applied"] = true;
    return out;
}

Json render_item(const search::ItemDetail& detail) {
    Json out = Json::object();
    out["id"] = detail.item.id;
    out["url"] = item_url(detail.item.id);
    out["permalink"] = permalink(detail.item.id);
    out["decision_text"] = detail.decision_text;
    const json item = schema::to_json(detail.item);  // named: items() must not outlive it
    for (const auto& [key, value] : item.items())
        if (key != "id") out[key] = value;
    Json meeting = schema::to_json(detail.meeting);
    Json items = Json::array();
    for (const auto& ref : detail.meeting_items)
        items.push_back(Json{{"id", ref.id}, {"url", item_url(ref.id)}, {"number", ref.number}, {"sub", ref.sub},
                             {"title", ref.title}});
    meeting["items"] = std::move(items);
    out["meeting"] = std::move(meeting);
    return out;
}

Json render_comparison(const search::Comparison& comparison) {
    Json groups = Json::array();
    for (const auto& group : comparison.groups) {
        Json items = Json::array();
        for (const auto& hit : group.items) {
            Json item = render_hit(hit);
            item.erase("snippet");  // the whole set is compared, not excerpts of a search
            items.push_back(std::move(item));
        }
        Json outcomes = Json::object();
        for (const auto& [outcome, count] : group.outcomes) outcomes[outcome] = count;
        groups.push_back(Json{{"body", group.body},
                              {"first_date", group.first_date},
                              {"latest_date", group.latest_date},
                              {"count", group.items.size()},
                              {"outcomes", std::move(outcomes)},
                              {"latest_outcome", group.latest_outcome},
                              {"items", std::move(items)}});
    }
    return Json{{"total", comparison.total}, {"truncated", comparison.truncated}, {"groups", std::move(groups)}};
}

Json render_suggestions(std::string_view query, const std::vector<search::Suggestion>& suggestions) {
    Json list = Json::array();
    for (const auto& suggestion : suggestions) list.push_back(Json{{"text", suggestion.text}, {"kind", kind_name(suggestion.kind)}});
    return Json{{"query", query}, {"suggestions", std::move(list)}};
}

Json render_opensearch_suggestions(std::string_view query, const std::vector<search::Suggestion>& suggestions) {
    Json texts = Json::array();
    for (const auto& suggestion : suggestions) texts.push_back(suggestion.text);
    return Json::array({query, std::move(texts)});
}

Json render_health(const search::IndexStatus& status) {
    return Json{{"status", "ok"}, {"items", status.items}, {"revision", status.revision}};
}

Json render_error(std::string_view code, std::string_view message, std::string_view parameter) {
    Json error{{"code", code}, {"message", message}};
    if (!parameter.empty()) error["parameter"] = parameter;
    return Json{{"error", std::move(error)}};
}

std::string to_body(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace rs::http
