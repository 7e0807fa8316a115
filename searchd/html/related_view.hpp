#pragma once
// What the item page shows beside the item itself: its history in its cluster (the
// item in its place among the earlier and later items) and similar items elsewhere,
// each with the reason it is listed.

#include <nlohmann/json.hpp>

#include "searchd/search/related_items.hpp"
#include "searchd/search/search_result.hpp"

namespace rs::html {

/// {similar: [hit view + reason], has_similar, history: [{url, title, date, date_label,
/// forum, badges, decision_text, current}], has_history, body, project_links: [{name,
/// compare_url, project_url}]}.
nlohmann::json related_view(const search::ItemDetail& detail, const search::RelatedItems& related);

/// "Fælles: hoftebrud, lkt, trygt · Projekt: Kom Trygt Hjem": why an item is listed.
std::string reason_text(const search::RelatedItem& related);

}  // namespace rs::html
