#pragma once
// The API's paths: intranet pages link to them, so they are spelled once.

#include <string_view>

namespace rs::http::routes {

inline constexpr std::string_view search = "/api/search";
inline constexpr std::string_view health = "/api/health";
/// Followed by an item id: "/api/items/<cluster>/<forum>/<date>/<number>".
inline constexpr std::string_view items_prefix = "/api/items/";

}  // namespace rs::http::routes
