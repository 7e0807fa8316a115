#pragma once
// The files of bench/corpus_generator/data/, compiled into the generator
// (cmake/embed_data.cmake), so that it needs no install path for its own vocabulary.

#include <optional>
#include <string_view>

namespace rs::corpus_generator {

/// The content of data/`name` as it was at build time, or nullopt.
std::optional<std::string_view> embedded_data(std::string_view name);

}  // namespace rs::corpus_generator
