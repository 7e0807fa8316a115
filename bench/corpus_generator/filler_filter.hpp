#pragma once
// Which words may stand in filler text. Filler is connective prose; what an item is about,
// what was decided and who met must come from the generator's own templates, so that the
// manifest can say what the indexer should find. A filler word that the indexer reads as
// a decision ("godkendt"), a topic ("demens"), a project ("stime"), a body, forum or region
// ("fsn", "nordjyske"), or a structural cue ("punkt" before a number) would make it find
// things the generator did not mean; such words are left out. The indexer's own tables
// (schema/data/) decide, so the filter follows the indexer when they change.

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "schema/text/regex.hpp"

namespace rs::corpus_generator {

class FillerFilter {
public:
    /// The filter built from the indexer's embedded vocabulary tables.
    static FillerFilter from_schema();

    /// True if `word` (lowercase) may be used as filler.
    bool allows(std::string_view word) const;

private:
    std::set<std::string, std::less<>> words_;  // single words named by a table
    std::vector<schema::Regex> patterns_;       // decision, case-type and topic patterns
};

}  // namespace rs::corpus_generator
