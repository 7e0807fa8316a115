#pragma once
// The site's paths: intranet pages link to them, so they are spelled once.

#include <string_view>

namespace rs::http::routes {

// The JSON API (docs/API.md).
inline constexpr std::string_view search = "/api/search";
inline constexpr std::string_view search_csv = "/api/search.csv";
inline constexpr std::string_view suggest = "/api/suggest";
inline constexpr std::string_view compare = "/api/compare";
/// The comparison's table as a spreadsheet: one row per body.
inline constexpr std::string_view compare_csv = "/api/compare.csv";
inline constexpr std::string_view health = "/api/health";
inline constexpr std::string_view metrics = "/metrics";  ///< Prometheus text (metrics_endpoint.hpp).
inline constexpr std::string_view coverage = "/api/coverage";
/// After an item id under items_prefix: its similar items elsewhere, its history.
inline constexpr std::string_view similar_suffix = "/similar";
inline constexpr std::string_view history_suffix = "/history";
/// Followed by an item id: "/api/items/<cluster>/<forum>/<date>/<number>".
inline constexpr std::string_view items_prefix = "/api/items/";
/// The operator's endpoints (admin_endpoint.hpp), behind the admin token.
inline constexpr std::string_view admin_prefix = "/api/admin/";
inline constexpr std::string_view admin_reload = "/api/admin/reload";  ///< POST: open the index again
inline constexpr std::string_view admin_stats = "/api/admin/stats";    ///< GET: the server's state
/// Everything under here is the API: its failures are JSON, never HTML pages.
inline constexpr std::string_view api_prefix = "/api/";

// The pages (docs/PAGES.md).
inline constexpr std::string_view home = "/";
/// Followed by an item id: the item's permalink page.
inline constexpr std::string_view item_page_prefix = "/punkt/";
/// Followed by a meeting key (cluster/forum/date).
inline constexpr std::string_view meeting_page_prefix = "/moede/";
/// One subject across bodies: timeline and table (same parameters as /api/compare).
inline constexpr std::string_view compare_page = "/sammenlign";
/// Every project of the gazetteer; followed by a slug under project_page_prefix, one project.
inline constexpr std::string_view projects_page = "/projekter";
inline constexpr std::string_view project_page_prefix = "/projekt/";
/// Which meetings the archive holds ("dækning"), by body and forum.
inline constexpr std::string_view coverage_page = "/daekning";
inline constexpr std::string_view feed = "/feed";
inline constexpr std::string_view opensearch = "/opensearch.xml";
inline constexpr std::string_view embed_script = "/embed.js";
/// Followed by an asset's file name.
inline constexpr std::string_view static_prefix = "/static/";

}  // namespace rs::http::routes
