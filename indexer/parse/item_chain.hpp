#pragma once
// Decides which item-heading candidates are the agenda. Minutes are full of numbered
// lines (contents lists, numbered recommendations "1. at …", numbered sub-headings), so a
// line that looks like "2. Title" proves nothing alone. The agenda is the sequence of
// candidates of one heading family whose numbers run on (1, 2, 3 … or 49, 50 …, sub-items
// 2a, 2b) and whose items hold content, best of all section headings. Each family's best
// sequence is found by dynamic programming over its candidates; the best family wins.

#include <cstddef>
#include <vector>

#include "indexer/parse/classified_line.hpp"

namespace rs::indexer {

/// The chosen headings, as indices into the lines, in document order.
struct ItemChain {
    std::vector<std::size_t> headings;
    double score = 0;
    std::string family;
};

/// Chooses the agenda's item headings among the item_heading candidates of `lines`.
/// Candidates left out become text (with a note saying why); lines of a table of
/// contents before the first item become contents entries.
ItemChain choose_item_chain(std::vector<ClassifiedLine>& lines);

}  // namespace rs::indexer
