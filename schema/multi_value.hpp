#pragma once
// Several facet values in one value slot (topics, decisions, projects): Xapian has no
// multi-valued slots, so they are joined with a separator that never occurs in a value.

#include <string>
#include <string_view>
#include <vector>

namespace rs::schema {

/// Separator between values in a multi-valued slot.
inline constexpr char multi_value_separator = '\x1f';

/// The values joined for storage in one slot; values containing the separator lose it.
std::string join_values(const std::vector<std::string>& values);

/// The values stored in one slot, in stored order; an empty slot gives no values.
std::vector<std::string_view> split_values(std::string_view slot);

}  // namespace rs::schema
