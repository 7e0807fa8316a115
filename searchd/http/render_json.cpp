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

// A hit in a list that is not a search's: no excerpt to show.
Json listed_hit(const search::Hit& hit) {
    Json item = render_hit(hit);
    item.erase("snippet");
    return item;
}

Json render_related_items(const std::vector<search::RelatedItem>& related) {
    Json items = Json::array();
    for (const auto& entry : related) {
        Json item = listed_hit(entry.hit);
        item["shared_terms"] = entry.shared_terms;
        item["shared_projects"] = entry.shared_projects;
        items.push_back(std::move(item));
    }
    return items;
}

Json render_forum_coverage(const search::ForumCoverage& forum) {
    Json meetings = Json::array();
    for (const auto& meeting : forum.meetings)
        meetings.push_back(Json{{"key", meeting.key},
                                {"url", meeting_url(meeting.key)},
                                {"date", meeting.date},
                                {"kind", meeting.kind},
                                {"source", meeting.source},
                                {"items", meeting.items}});
    Json gaps = Json::array();
    for (const auto& gap : forum.gaps)
        gaps.push_back(Json{{"after", gap.after}, {"before", gap.before}, {"days", gap.days}});
    return Json{{"forum", forum.forum},
                {"typical_days", forum.typical_days},
                {"meetings", std::move(meetings)},
                {"gaps", std::move(gaps)}};
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
                {"body", meeting.body},
                {"municipality", meeting.municipality},
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
    if (result.partial) out["partial"] = true;
    if (!result.related_hits.empty()) {
        Json related = Json::array();
        for (const auto& hit : result.related_hits) related.push_back(render_hit(hit));
        out["related_hits"] = std::move(related);
        out["related_words"] = result.related_words;
    }
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
        for (const auto& hit : group.items) items.push_back(listed_hit(hit));  // the whole set, not excerpts
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

Json render_similar(std::string_view id, const search::RelatedItems& related) {
    return Json{{"id", id}, {"key_terms", related.key_terms}, {"items", render_related_items(related.similar)}};
}

Json render_history(std::string_view id, const search::RelatedItems& related) {
    return Json{{"id", id}, {"items", render_related_items(related.history)}};
}

Json render_coverage(const search::Coverage& coverage) {
    Json bodies = Json::array();
    for (const auto& body : coverage.bodies) {
        Json forums = Json::array();
        for (const auto& forum : body.forums) forums.push_back(render_forum_coverage(forum));
        bodies.push_back(Json{{"body", body.body},
                              {"region", body.region},
                              {"meetings", body.meetings},
                              {"first_date", body.first_date},
                              {"latest_date", body.latest_date},
                              {"forums", std::move(forums)}});
    }
    return Json{{"meetings", coverage.meetings}, {"items", coverage.items}, {"bodies", std::move(bodies)}};
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
    Json build{{"complete", status.complete}, {"files_done", status.files_done}, {"files_total", status.files_total},
               {"started", status.build_started}, {"finished", status.build_finished}};
    return Json{{"status", status.complete ? "ok" : "incomplete"},
                {"items", status.items},
                {"revision", status.revision},
                {"shards", status.shards},
                {"build", std::move(build)}};
}

Json render_error(std::string_view code, std::string_view message, std::string_view parameter) {
    Json error{{"code", code}, {"message", message}};
    if (!parameter.empty()) error["parameter"] = parameter;
    return Json{{"error", std::move(error)}};
}

std::string to_body(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace rs::http
