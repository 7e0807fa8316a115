#pragma once
// The files of searchd/html/templates/ and searchd/html/assets/, compiled into searchd
// (see cmake/embed_data.cmake).

#include <optional>
#include <string_view>

namespace rs::html {

/// The content of the template or asset called `name` as it was at build time, or nullopt.
std::optional<std::string_view> embedded_web_file(std::string_view name);

}  // namespace rs::html
