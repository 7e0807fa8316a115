#pragma once
// Decides which body met, by evidence: the lines that name the meeting (a labelled field,
// a title line with "Referat"/"Dagsorden" or a date, a decision heading "Beslutning i X
// den …") outweigh a line that merely names a body, and a cluster mentioned in the text
// only counts when no line names the meeting's body. Site chrome never gets here: it is
// noise (line_patterns.tsv). A cluster is canonicalised by clusters.tsv, any other body by
// committees.tsv with its municipality or region.

#include <optional>
#include <string>
#include <vector>

#include "indexer/parse/body_directory.hpp"
#include "indexer/parse/classified_line.hpp"
#include "indexer/parse/committee_directory.hpp"
#include "indexer/parse/danish_dates.hpp"
#include "indexer/parse/layout_patterns.hpp"

namespace rs::indexer {

/// The body a file is from.
struct ChosenBody {
    std::string cluster;       ///< Set when the body is a cluster or sundhedsråd.
    std::string body;          ///< Canonical: the cluster, or "Committee, Authority".
    std::string region;
    std::string municipality;  ///< Of a municipal committee.
    ClassifiedLine* line = nullptr;  ///< The line it was read from; nullptr for the whole text.
    std::string evidence;      ///< Why, for --explain ("labelled field", "title line" …).
};

class BodyChooser {
public:
    BodyChooser(const BodyDirectory& bodies, const CommitteeDirectory& committees, const DanishDates& dates,
                const LayoutPatterns& patterns)
        : bodies_(bodies), committees_(committees), dates_(dates), patterns_(patterns) {}

    /// The body of the meeting whose header lines are `header` (content lines before the
    /// first item), labelled body field `field` ("" for none), decision headings
    /// `decision_headings`, cleaned text `full_text` and its region `evidence`; nullopt
    /// when nothing names one.
    std::optional<ChosenBody> choose(const std::vector<ClassifiedLine*>& header, const std::string& field,
                                     const std::vector<ClassifiedLine*>& decision_headings,
                                     const std::string& full_text, const RegionEvidence& evidence) const;

private:
    struct Candidate {
        std::optional<BodyMatch> cluster;
        std::optional<CommitteeMatch> committee;
        ClassifiedLine* line = nullptr;
        int score = 0;
        std::string evidence;
    };
    Candidate candidate(const std::string& text, const RegionEvidence& evidence) const;
    int meeting_line_score(const std::string& text) const;
    ChosenBody committee_body(const Candidate& best, const std::vector<ClassifiedLine*>& header,
                              const std::string& full_text, const RegionEvidence& evidence) const;

    const BodyDirectory& bodies_;
    const CommitteeDirectory& committees_;
    const DanishDates& dates_;
    const LayoutPatterns& patterns_;
};

}  // namespace rs::indexer
