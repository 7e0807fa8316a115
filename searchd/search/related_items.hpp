#pragma once
// Items related to one item: similar items in other clusters (relevance feedback on the
// item's own text) and the item's history in its own cluster (the same project, or
// strongly overlapping terms, at other meetings). Typed results, free of Xapian.

#include <string>
#include <vector>

#include "searchd/search/search_result.hpp"

namespace rs::search {

/// An item found related to another, and why.
struct RelatedItem {
    Hit hit;                                ///< Snippet empty; decision_text set.
    std::vector<std::string> shared_terms;  ///< The key terms both items hold, as the source item writes them.
    std::vector<std::string> shared_projects;  ///< Projects both items are tagged with.
};

/// What is related to one item.
struct RelatedItems {
    /// The item's key terms (the expand set of its own text), best first, as it writes them.
    std::vector<std::string> key_terms;
    /// Substantive items of other clusters (of other meetings when the cluster is unknown),
    /// most similar first.
    std::vector<RelatedItem> similar;
    /// Substantive items of the same cluster at other meetings about the same project or
    /// with strongly overlapping terms, in date order.
    std::vector<RelatedItem> history;
};

/// How many related items a request wants.
struct RelatedRequest {
    static constexpr unsigned default_limit = 8;
    static constexpr unsigned max_limit = 50;
    unsigned similar_limit = default_limit;  ///< At most max_limit.
};

}  // namespace rs::search
