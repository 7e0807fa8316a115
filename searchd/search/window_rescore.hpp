#pragma once
// A weight-only bonus (TextQuery::bonus: the words side by side as typed) applied to the
// best matches alone, as Elasticsearch's rescore and Lucene's QueryRescorer do. The bonus
// reads position lists, so given to every match of a common pair of words it cost ten
// times the rest of the search (100k items: "demens kommune" 290 ms, 26 ms without it);
// and no bound on what it adds lets the matcher skip a match that lacks it, since it is as
// large as the words' own weight.
//
// The order: the first `rescore_window` matches by the words' weight, reordered by their
// weight with the bonus, then every later match by the words' weight. It is one order for
// every page, since the window does not depend on the page asked for.

#include <functional>
#include <vector>

#include <xapian.h>

namespace rs::search {

/// How many of the best matches by the words' own weight the bonus may reorder. On
/// tests/relevance/ every query scores as with a window of a million (nDCG, recall, MRR).
inline constexpr Xapian::doccount rescore_window = 200;

/// One stretch of a result page in rank order: `mset`'s hits from index `from` to `to`.
struct PageSlice {
    Xapian::MSet mset;
    Xapian::doccount from = 0;
    Xapian::doccount to = 0;
};

/// Runs `query` for `count` hits from `first` in the caller's order, with its time budget.
using RunQuery = std::function<Xapian::MSet(const Xapian::Query& query, Xapian::doccount first, Xapian::doccount count)>;
/// Adds the bonus (and whatever else ranks) to a query of candidates.
using Rank = std::function<Xapian::Query(const Xapian::Query& candidates)>;

/// Ranks [first, first + count) of that order on `db`, for a window of `window` matches.
/// `by_base` holds the matches ranked without the bonus from rank 0, at least the first
/// max(window, first + count) of them (or all); `candidates` is the match with every
/// filter applied, and `rank` adds the bonus to it as AND_MAYBE.
std::vector<PageSlice> rescored_page(const Xapian::Database& db, const Xapian::MSet& by_base,
                                     const Xapian::Query& candidates, const Rank& rank, Xapian::doccount first,
                                     Xapian::doccount count, const RunQuery& run,
                                     Xapian::doccount window = rescore_window);

}  // namespace rs::search
