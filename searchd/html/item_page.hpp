#pragma once
// The permalink page of one agenda item, and the page of its meeting.

#include <string>
#include <string_view>

#include "searchd/search/related_items.hpp"
#include "searchd/search/search_result.hpp"

namespace rs::html {

/// /punkt/{id}: every section with its structure, the meeting's facts, badges, the words
/// `query` matched marked, links to the neighbouring items and the meeting, its decision
/// history in its cluster and similar items elsewhere (`related`). `base_url` is the
/// site's absolute address (canonical link, "Kopiér link").
std::string render_item_page(const search::ItemDetail& detail, const search::RelatedItems& related,
                             std::string_view query, std::string_view base_url);

/// /moede/{key}: the meeting's facts and every item with its decision.
std::string render_meeting_page(const search::MeetingDetail& detail, std::string_view base_url);

}  // namespace rs::html
