#pragma once
// Links into the site, built from ids: the one place that turns an id into a URL, so the
// JSON API, the pages, the feed and the CSV export always agree.

#include <string>
#include <string_view>
#include <vector>

namespace rs::http {

/// "/api/items/" + id, percent-encoding any character an id should not contain.
std::string item_url(std::string_view id);

/// "/punkt/" + id: the item's permanent page.
std::string permalink(std::string_view id);

/// "/moede/" + meeting key: the meeting's page.
std::string meeting_url(std::string_view key);

/// "/sammenlign?" + `facet` + "=" + value: `value` of a facet (project, topic) across bodies.
std::string compare_url(std::string_view facet, std::string_view value);

/// "/projekt/" + slug: a project's page.
std::string project_url(std::string_view slug);

/// "/daekning", with body=… for each of `bodies` (all bodies when empty).
std::string coverage_url(const std::vector<std::string>& bodies);

/// The meeting key of an item id: its first three segments ("cluster/forum/date").
std::string meeting_key_of(std::string_view item_id);

}  // namespace rs::http
