#pragma once
// Gives every cleaned line a kind by the layout patterns, line by line, without deciding
// the structure yet: item heading candidates stay candidates until item_chain.cpp picks the
// agenda's sequence. Also finds page furniture that only shows as repetition.

#include <vector>

#include "indexer/parse/classified_line.hpp"
#include "indexer/parse/layout_patterns.hpp"

namespace rs::indexer {

class LineClassifier {
public:
    explicit LineClassifier(const LayoutPatterns& patterns) : patterns_(patterns) {}

    /// Classifies every line; item candidates get kind item_heading for now.
    std::vector<ClassifiedLine> classify(const std::vector<SourceLine>& lines) const;

private:
    ClassifiedLine classify_line(const SourceLine& line) const;
    void mark_running_headers(std::vector<ClassifiedLine>& lines) const;

    const LayoutPatterns& patterns_;
};

}  // namespace rs::indexer
