#pragma once
// Turns the chosen item headings and the lines between them into agenda items: number,
// clean title (with what the title carried), case number and closed marker wherever the
// layout puts them (before or after the heading), and the item's sections with their text
// reflowed: soft line breaks joined, words hyphenated across lines mended, lists kept.

#include <vector>

#include "indexer/parse/classified_line.hpp"
#include "indexer/parse/item_chain.hpp"
#include "indexer/parse/title_parser.hpp"
#include "schema/model.hpp"

namespace rs::indexer {

class ItemBuilder {
public:
    explicit ItemBuilder(const TitleParser& titles) : titles_(titles) {}

    /// One item per heading of `chain`, in order. Marks title continuation lines.
    std::vector<schema::AgendaItem> build(std::vector<ClassifiedLine>& lines, const ItemChain& chain) const;

private:
    const TitleParser& titles_;
};

/// Joins the lines of one paragraph: soft breaks become spaces, "be-" + "handling"
/// becomes "behandling", list items and lines after a colon keep their line break.
std::string join_paragraph(const std::vector<std::string>& lines);

}  // namespace rs::indexer
