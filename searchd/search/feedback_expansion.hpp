#pragma once
// Related items for a query that finds little: pseudo-relevance feedback. The key terms of
// a query's best matches (key_terms.hpp: the words that set them apart from the rest of the
// index, by Xapian's expand set over them as the relevant set) find items on the same
// subject that do not use the words typed: "lægerekruttering" finds three items of the
// bundled minutes, and their key terms the items on lægedækning. Such items are shown
// after every item that matches the query itself, apart from its hits.

#include <string>
#include <vector>

#include <xapian.h>

namespace rs::search {

/// Tuning, measured on tests/relevance/ (bench/relevance.sh, closing note of issue 14):
/// 3 items and 10 words gave the best recall@10 of 2–5 items and 5–40 words.
inline constexpr Xapian::doccount feedback_items = 3;  ///< Best matches the words come from.
inline constexpr Xapian::termcount feedback_words = 10;  ///< Words taken from them.
/// A word in more than this share of all items tells little of a subject (møde, drøfte,
/// samarbejde) and is the costliest to search at a million items, so it is never taken.
/// Measured: 0.1 → recall@10 0.917, 0.2 → 0.924, no limit → 0.930.
inline constexpr double max_feedback_share = 0.2;

/// What related items are found by.
struct FeedbackExpansion {
    Xapian::Query query;             ///< Finds the items sharing the words; empty if there are none.
    std::vector<std::string> words;  ///< The words as the best matches write them, best first.

    bool empty() const { return query.empty(); }
};

/// The expansion of `query` from the first feedback_items of `best` (its matches' docids,
/// best first) over `db`: none of the query's own terms. Empty when `best` is empty.
FeedbackExpansion feedback_expansion(const Xapian::Database& db, const Xapian::Query& query,
                                     const std::vector<Xapian::docid>& best);

}  // namespace rs::search
