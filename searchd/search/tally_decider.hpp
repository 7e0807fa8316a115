#pragma once
// The Xapian side of facet counting: a MatchDecider that offers every candidate document
// to a FacetTally and keeps the hits. Xapian only asks deciders about the documents it
// checks, so the match must run with check_at_least = doccount for exact counts.

#include <xapian.h>

#include "searchd/search/facet_counter.hpp"

namespace rs::search {

/// Decides by one tally; lives as long as the Enquire uses it.
class TallyDecider final : public Xapian::MatchDecider {
public:
    /// Decides for `tally`, which must outlive the decider.
    explicit TallyDecider(FacetTally& tally) : tally_(tally) {}
    /// Called by the matcher for each candidate: true keeps it as a hit.
    bool operator()(const Xapian::Document& doc) const override { return tally_.add(doc); }

private:
    FacetTally& tally_;  // the decider is const to Xapian; the counts are the tally's
};

}  // namespace rs::search
