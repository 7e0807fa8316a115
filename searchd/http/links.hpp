#pragma once
// Links into the site, built from ids: the one place that turns an id into a URL, so the
// JSON API, the pages, the feed and the CSV export always agree.

#include <string>
#include <string_view>

namespace rs::http {

/// "/api/items/" + id, percent-encoding any character an id should not contain.
std::string item_url(std::string_view id);

/// "/punkt/" + id: the item's permanent page.
std::string permalink(std::string_view id);

/// "/moede/" + meeting key: the meeting's page.
std::string meeting_url(std::string_view key);

/// The meeting key of an item id: its first three segments ("cluster/forum/date").
std::string meeting_key_of(std::string_view item_id);

}  // namespace rs::http
