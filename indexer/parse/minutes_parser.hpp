#pragma once
// The parse stage: minutes text → meeting and agenda items, no Xapian, no analysis.
// clean markup → classify lines → choose the agenda's item headings → read the header →
// build the items. Immutable once loaded: parse() is const, and one parser serves every
// thread (read_minutes.cpp).

#include <string>
#include <string_view>
#include <vector>

#include "indexer/parse/body_directory.hpp"
#include "indexer/parse/classified_line.hpp"
#include "indexer/parse/committee_directory.hpp"
#include "indexer/parse/danish_dates.hpp"
#include "indexer/parse/forum_directory.hpp"
#include "indexer/parse/layout_patterns.hpp"
#include "indexer/parse/markup_cleaner.hpp"
#include "schema/model.hpp"

namespace rs::indexer {

/// What the parser saw, line by line: the material of `indexer parse --explain`.
struct ParseTrace {
    std::vector<ClassifiedLine> lines;
    std::string family;                 ///< The item heading family chosen.
    std::vector<std::string> warnings;  ///< Things a user checking the file should know.
};

class MinutesParser {
public:
    /// Loads the layout data; throws schema::DataError if it is broken.
    MinutesParser();

    /// Parses UTF-8 text; `source` names the file in the result and in errors. Fills
    /// `trace` if given. Throws ParseError (see parse_error.hpp) when the structure is
    /// not recognised: no item headings, or one item swallowing most of a long file.
    schema::Minutes parse(std::string_view utf8, const std::string& source, ParseTrace* trace = nullptr) const;

private:
    LayoutPatterns patterns_;
    BodyDirectory bodies_;
    CommitteeDirectory committees_;
    ForumDirectory forums_;
    DanishDates dates_;
    MarkupCleaner cleaner_;
};

}  // namespace rs::indexer
