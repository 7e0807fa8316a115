#pragma once
// The layout half of reading a PDF, free of poppler so that it can be tested on lines
// made by hand: positioned lines per page → paragraphs of text.

#include <string>
#include <vector>

namespace rs::indexer {

/// One line of text on a page, in points from the page's top left corner.
struct PositionedLine {
    std::string text;  ///< UTF-8, words separated by one space.
    double left = 0, right = 0, top = 0, bottom = 0;
};

/// A page: its lines in reading order, and its height.
struct PositionedPage {
    std::vector<PositionedLine> lines;
    double height = 0;
};

/// What the layout pass removed and joined, for the reader's notes.
struct LayoutCounts {
    std::size_t furniture_lines = 0;  ///< Running headers, footers and page numbers removed.
    std::size_t joined_lines = 0;     ///< Lines joined to the paragraph they continue.
    std::size_t hyphenations = 0;     ///< Words hyphenated across lines or pages joined.
};

/// The text of `pages`: paragraphs one per line, a blank line where the layout leaves a
/// gap; counts of what was done go to `counts`.
std::string layout_text(std::vector<PositionedPage> pages, LayoutCounts& counts);

}  // namespace rs::indexer
