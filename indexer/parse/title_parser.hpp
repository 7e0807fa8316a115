#pragma once
// Splits an item heading's title into the title itself and what it carries: a case-type
// prefix or suffix ("Beslutningssag:", "(B)"), a time slot "(kl. 14:00-14:45)", a closed
// marker ("LUKKET PUNKT -"), a case number. The patterns are title_patterns.tsv.

#include <string>
#include <vector>

#include "indexer/parse/layout_patterns.hpp"

namespace rs::indexer {

struct ParsedTitle {
    std::string title;        ///< The clean title.
    std::string type_marker;  ///< The prefix/suffix as written ("Beslutnings sag"), "".
    std::string type;         ///< Case type the marker names, "".
    std::string time_slot;    ///< "14:00-14:45" or "14:00", "".
    std::string case_number;  ///< "", or the case number written in the title.
    bool closed = false;
};

class TitleParser {
public:
    explicit TitleParser(const std::vector<TitlePattern>& patterns) : patterns_(patterns) {}
    /// Parses one raw title (already free of markup).
    ParsedTitle parse(const std::string& raw) const;

private:
    const std::vector<TitlePattern>& patterns_;
};

/// "14.00" → "14:00", "9" → "09:00"; "" if not a time.
std::string normalise_clock(const std::string& text);

}  // namespace rs::indexer
