#pragma once
// Reads the meeting from the lines before the first agenda item: body (cluster,
// sundhedsråd or committee) and region or municipality, forum, date and time, place, and
// whether the file is the agenda or the minutes. Labelled fields win over free text; what the header lacks is looked for
// in the whole file (the body in a running title, the forum in its tell-tale words).

#include <string>
#include <vector>

#include "indexer/parse/body_directory.hpp"
#include "indexer/parse/classified_line.hpp"
#include "indexer/parse/committee_directory.hpp"
#include "indexer/parse/danish_dates.hpp"
#include "indexer/parse/forum_directory.hpp"
#include "indexer/parse/layout_patterns.hpp"
#include "schema/model.hpp"

namespace rs::indexer {

class HeaderReader {
public:
    HeaderReader(const LayoutPatterns& patterns, const BodyDirectory& bodies, const CommitteeDirectory& committees,
                 const ForumDirectory& forums, const DanishDates& dates)
        : patterns_(patterns), bodies_(bodies), committees_(committees), forums_(forums), dates_(dates) {}

    /// The meeting described by lines [0, first_item); marks those lines as header lines.
    /// `full_text` is the whole cleaned file; `has_decisions` whether any item has a
    /// Beslutning or Konklusion (decides the kind when the header does not say).
    /// Problems worth a user's attention are appended to `warnings`.
    schema::Meeting read(std::vector<ClassifiedLine>& lines, std::size_t first_item, const std::string& full_text,
                         bool has_decisions, std::vector<std::string>& warnings) const;

private:
    const LayoutPatterns& patterns_;
    const BodyDirectory& bodies_;
    const CommitteeDirectory& committees_;
    const ForumDirectory& forums_;
    const DanishDates& dates_;
};

}  // namespace rs::indexer
