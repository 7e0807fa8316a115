#pragma once
// How facet values are listed: most matches first, then in Danish alphabetical order
// (Æ Ø Å last, "aa" as å), and every selected value listed even when it counts zero, so
// a user always sees, and can undo, their own selection.

#include <string>
#include <vector>

#include "searchd/search/facet_counter.hpp"
#include "searchd/search/search_result.hpp"

namespace rs::search {

/// `counts` as a sorted list. Values that differ only in case (one filter term) are merged
/// under their most frequent spelling; each of `selected` not among them is added with count 0.
std::vector<FacetCount> order_facet_values(const ValueCounts& counts, const std::vector<std::string>& selected);

/// True if `a` sorts before `b` in Danish (ICU da_DK collation; ties by bytes).
bool danish_less(const std::string& a, const std::string& b);

}  // namespace rs::search
