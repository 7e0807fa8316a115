#include "searchd/html/search_page.hpp"

#include <algorithm>

#include "schema/fields.hpp"
#include "schema/text/plain_text.hpp"
#include "searchd/html/danish_format.hpp"
#include "searchd/html/hit_view.hpp"
#include "searchd/html/labels.hpp"
#include "searchd/html/template_engine.hpp"
#include "searchd/http/links.hpp"
#include "searchd/http/routes.hpp"
#include "searchd/http/search_params.hpp"

namespace rs::html {

namespace {

using nlohmann::json;
using search::SearchRequest;
using search::SortOrder;

/// Values shown before "Vis flere"; the rest follow in Danish alphabetical order.
constexpr std::size_t facet_values_shown = 6;
/// Page links on each side of the current one.
constexpr unsigned pager_window = 2;

std::string page_url(const SearchRequest& request) {
    const std::string query = http::to_query_string(request);
    return query.empty() ? std::string(http::routes::home) : std::string(http::routes::home) + "?" + query;
}

// The request as it would be after a change of filters: back to the first page.
SearchRequest first_page(SearchRequest request) {
    request.offset = 0;
    return request;
}

std::string_view sort_name(SortOrder order) {
    return order == SortOrder::relevance ? "relevance" : order == SortOrder::newest ? "newest" : "oldest";
}

bool is_selected(const SearchRequest& request, std::string_view facet, const std::string& value) {
    const auto it = request.filters.find(facet);
    return it != request.filters.end() && std::find(it->second.begin(), it->second.end(), value) != it->second.end();
}

json facet_view(const SearchRequest& request, const schema::Facet& facet, std::vector<search::FacetCount> counts) {
    if (facet.name == "year")  // years read best newest first, whatever their counts
        std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.value > b.value; });
    std::vector<const search::FacetCount*> top;  // selected values always stay in sight
    std::vector<const search::FacetCount*> rest;
    for (const auto& count : counts) {
        if (top.size() < facet_values_shown || is_selected(request, facet.name, count.value)) {
            top.push_back(&count);
        } else {
            rest.push_back(&count);
        }
    }
    std::vector<std::string> rest_values;
    rest_values.reserve(rest.size());
    for (const auto* count : rest) rest_values.push_back(count->value);
    sort_danish(rest_values);

    std::size_t next_id = 0;
    const auto value_view = [&](const search::FacetCount& count) {
        return json{{"id", "f-" + std::string(facet.name) + "-" + std::to_string(next_id++)},
                    {"name", facet.name},
                    {"value", count.value},
                    {"count", danish_number(count.count)},
                    {"checked", is_selected(request, facet.name, count.value)},
                    // A project or topic is what a comparison across bodies is of.
                    {"compare_url", facet.name == "project" || facet.name == "topic"
                                        ? http::compare_url(facet.name, count.value)
                                        : ""}};
    };
    json shown = json::array();
    for (const auto* count : top) shown.push_back(value_view(*count));
    json more = json::array();
    for (const auto& value : rest_values) {
        const auto it = std::find_if(rest.begin(), rest.end(), [&](const auto* c) { return c->value == value; });
        more.push_back(value_view(**it));
    }
    return json{{"name", facet.name},
                {"legend", facet_label(facet.name)},
                {"values", std::move(shown)},
                {"more", std::move(more)},
                {"more_count", rest_values.empty() ? "" : danish_number(rest_values.size())}};
}

json chips_view(const SearchRequest& request) {
    json chips = json::array();
    for (const auto& facet : schema::facets) {
        const auto it = request.filters.find(facet.name);
        if (it == request.filters.end()) continue;
        for (const auto& value : it->second) {
            SearchRequest without = first_page(request);
            auto& values = without.filters[std::string(facet.name)];
            values.erase(std::remove(values.begin(), values.end(), value), values.end());
            if (values.empty()) without.filters.erase(std::string(facet.name));
            chips.push_back({{"label", std::string(facet_label(facet.name)) + ": " + value}, {"url", page_url(without)}});
        }
    }
    if (!request.from.empty()) {
        SearchRequest without = first_page(request);
        without.from.clear();
        chips.push_back({{"label", "Fra " + danish_date(request.from)}, {"url", page_url(without)}});
    }
    if (!request.to.empty()) {
        SearchRequest without = first_page(request);
        without.to.clear();
        chips.push_back({{"label", "Til " + danish_date(request.to)}, {"url", page_url(without)}});
    }
    return chips;
}

json pager_view(const SearchRequest& request, std::uint64_t total) {
    const unsigned limit = std::max(1u, request.limit);
    // Pages beyond what offset may reach are not offered.
    const std::uint64_t reachable = std::min<std::uint64_t>(total, http::SearchParamLimits::max_offset + limit);
    const unsigned last = static_cast<unsigned>((reachable + limit - 1) / limit);
    const unsigned current = request.offset / limit + 1;
    if (last <= 1) return json{};
    const auto url_of = [&](unsigned page) {
        SearchRequest at = request;
        at.offset = (page - 1) * limit;
        return page_url(at);
    };
    json pages = json::array();
    const auto add = [&](unsigned page) {
        pages.push_back({{"number", std::to_string(page)}, {"url", url_of(page)}, {"current", page == current}});
    };
    const unsigned from = current > pager_window ? current - pager_window : 1;
    const unsigned to = std::min(last, current + pager_window);
    if (from > 1) add(1);
    if (from > 2) pages.push_back({{"gap", true}});
    for (unsigned page = from; page <= to; ++page) add(page);
    if (to + 1 < last) pages.push_back({{"gap", true}});
    if (to < last) add(last);
    return json{{"pages", std::move(pages)},
                {"prev_url", current > 1 ? url_of(current - 1) : ""},
                {"next_url", current < last ? url_of(current + 1) : ""}};
}

json sort_view(const SearchRequest& request) {
    const SortOrder effective = request.sort.value_or(request.query.empty() ? SortOrder::newest : SortOrder::relevance);
    json options = json::array();
    for (const SortOrder order : {SortOrder::relevance, SortOrder::newest, SortOrder::oldest})
        options.push_back({{"value", sort_name(order)}, {"label", sort_label(sort_name(order))}, {"selected", order == effective}});
    return options;
}

// The feed and the export follow the search, not the page shown.
std::string feed_url(const SearchRequest& request) {
    SearchRequest feed = first_page(request);
    feed.sort.reset();
    feed.limit = SearchRequest::default_limit;
    const std::string query = http::to_query_string(feed);
    return std::string(http::routes::feed) + (query.empty() ? "" : "?" + query);
}

std::string csv_url(const SearchRequest& request) {
    SearchRequest rows = first_page(request);
    rows.limit = SearchRequest::default_limit;
    const std::string query = http::to_query_string(rows);
    return std::string(http::routes::search_csv) + (query.empty() ? "" : "?" + query);
}

json form_view(const SearchRequest& request) {
    return json{{"q", request.query}, {"from", request.from}, {"to", request.to}, {"sort_options", sort_view(request)}};
}

std::string page_title(std::string_view query) {
    return query.empty() ? "Referatsøg – søg i referater" : std::string(query) + " – Referatsøg";
}

}  // namespace

json search_page_view(const SearchRequest& request, const search::SearchResult& result) {
    json view = form_view(request);
    json facets = json::array();
    for (const auto& facet : schema::facets) {
        const auto it = result.facets.find(facet.name);
        if (it == result.facets.end() || it->second.empty()) continue;
        // A cluster's body is the cluster: "Organ" lists both clusters and committees, so
        // "Klynge" would repeat it. It stays for a link that selects a cluster.
        if (facet.name == "cluster" && !request.filters.contains("cluster")) continue;
        facets.push_back(facet_view(request, facet, it->second));
    }
    json hits = json::array();
    for (const auto& hit : result.hits) hits.push_back(hit_view(hit, request.query));
    // A related item does not hold the query's words: its page has nothing of them to mark.
    json related = json::array();
    for (const auto& hit : result.related_hits) related.push_back(hit_view(hit, ""));
    const json chips = chips_view(request);
    SearchRequest reset;
    reset.query = request.query;
    view.update(json{{"facets", std::move(facets)},
                     {"result_count", item_count(result.total)},
                     {"has_hits", !hits.empty()},
                     {"hits", std::move(hits)},
                     {"has_related", !related.empty()},
                     {"related_hits", std::move(related)},
                     {"related_words", schema::join(result.related_words, ", ")},
                     {"empty", result.total == 0},
                     {"chips", chips},
                     {"has_chips", !chips.empty()},
                     {"reset_url", page_url(reset)},
                     {"query_note", result.query_note},
                     {"partial", result.partial},
                     {"feed_url", feed_url(request)},
                     {"csv_url", csv_url(request)},
                     {"pager", pager_view(request, result.total)}});
    if (!result.suggestion.empty()) {
        SearchRequest corrected = first_page(request);
        corrected.query = result.suggestion;
        view["did_you_mean"] = json{{"text", result.suggestion}, {"url", page_url(corrected)},
                                    {"applied", result.suggestion_applied}, {"typed", request.query}};
    }
    return view;
}

std::string incomplete_index_notice(const search::IndexStatus& status) {
    if (status.complete) return "";
    return "Indekset er ikke færdigbygget: den seneste indeksering er nået til " + danish_number(status.files_done) +
           " af " + danish_number(status.files_total) +
           " filer. Den kører måske stadig, eller den blev afbrudt; indtil den er kørt til ende, kan søgningen "
           "mangle referater.";
}

std::string render_search_page(const SearchRequest& request, const search::SearchResult& result,
                               const search::IndexStatus& status) {
    PageFrame frame{page_title(request.query), "", feed_url(request),
                    request.query.empty() ? "Referatsøg: nyeste punkter" : "Referatsøg: " + request.query,
                    incomplete_index_notice(status)};
    return render_page("search", search_page_view(request, result), frame);
}

std::string render_search_error_page(std::string_view query, const http::ParamError& error) {
    SearchRequest request;
    request.query = std::string(query);
    json view = form_view(request);
    view["error"] = "Søgningen kunne ikke udføres: parameteren «" + schema::shorten(error.parameter, 64) +
                    "» har en ugyldig værdi. Ret adressen, eller start forfra.";
    view["result_count"] = "Ingen søgning";
    view["reset_url"] = std::string(http::routes::home);
    return render_page("search", view, PageFrame{"Fejl i søgningen – Referatsøg", "", "", "", ""});
}

}  // namespace rs::html
