#pragma once
// Completions while typing, drawn from the index itself: project and topic names whose
// start was typed, indexed words completing the last word (most frequent first), and item
// titles containing a word that starts so.

#include <vector>

#include <xapian.h>

#include "searchd/search/search_request.hpp"
#include "searchd/search/search_result.hpp"

namespace rs::search {

/// At most `request.limit` distinct completions of `request.prefix`, best first; none for
/// a prefix whose last word has fewer than two letters. Xapian errors propagate.
std::vector<Suggestion> suggest(const Xapian::Database& db, const SuggestRequest& request);

}  // namespace rs::search
