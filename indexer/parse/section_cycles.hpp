#pragma once
// Items in exports that lost their headings: only the repeating sequence of section
// headings (Resumé → Sagsfremstilling → Indstilling → Beslutning → Bilag, in whatever order
// a body writes them) separates the items. A new item starts where a section comes again
// within the current item; the boundary goes back to the start of the run of headings in
// reading order that leads up to it ("Resumé, Sagsfremstilling, Beslutning" of the next
// item, not its Beslutning). The title is a short line standing right before the item's
// first heading, else the first sentence of the item's first section.

#include <vector>

#include "indexer/parse/classified_line.hpp"
#include "indexer/parse/item_chain.hpp"

namespace rs::indexer {

/// The items of `lines` split at restarts of the section sequence, numbered 1, 2 …, as an
/// ItemChain of family "section_cycle" (the heading lines marked, with notes for
/// --explain); empty when the sections never start again, unless the one cycle has a title
/// line over it.
ItemChain chain_from_section_cycles(std::vector<ClassifiedLine>& lines);

}  // namespace rs::indexer
