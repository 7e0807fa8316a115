#pragma once
// The meetings of the index, read from its meeting terms: one posting list per meeting,
// one stored document read for each, so the cost grows with meetings, not items.

#include <xapian.h>

#include "searchd/search/coverage.hpp"

namespace rs::search {

/// The coverage of the bodies `request` names (every body if none). Xapian errors propagate.
Coverage read_coverage(const Xapian::Database& db, const CoverageRequest& request);

}  // namespace rs::search
