#pragma once
// The files of schema/data/, compiled into the binaries (see cmake/embed_data.cmake).

#include <optional>
#include <string_view>

namespace rs::schema {

/// The content of schema/data/`name` as it was at build time, or nullopt.
std::optional<std::string_view> embedded_data(std::string_view name);

}  // namespace rs::schema
