#pragma once
// The Danish words the pages use for the index's fields and values.

#include <string_view>

namespace rs::html {

/// The heading of a facet's filter group ("cluster" → "Klynge"); the name itself if unknown.
std::string_view facet_label(std::string_view facet);

/// The words of a sort order in the sort menu.
std::string_view sort_label(std::string_view sort);

}  // namespace rs::html
