#pragma once
// The Xapian side of facet counting: a MatchSpy that hands each matching document to a
// FacetTally. Xapian only shows spies the documents it checks, so the match must run with
// check_at_least = doccount for exact counts.

#include <xapian.h>

#include "searchd/search/facet_counter.hpp"

namespace rs::search {

/// Feeds every document of a match to one tally; lives as long as the Enquire uses it.
class TallySpy final : public Xapian::MatchSpy {
public:
    /// Spies for `tally`, which must outlive the spy.
    explicit TallySpy(FacetTally& tally) : tally_(tally) {}
    /// Called by the matcher for each matching document it checks.
    void operator()(const Xapian::Document& doc, double weight) override;
    /// Name for Xapian's diagnostics (remote use is not supported).
    std::string name() const override { return "rs::search::TallySpy"; }

private:
    FacetTally& tally_;
};

}  // namespace rs::search
