#pragma once
// Facet counting in one pass over a match. The matcher offers a tally every candidate
// document (one that matches the words and the date range); the tally decides whether it
// is a hit (it passes every facet selection) and counts it where it belongs: in every
// facet when it is a hit, and in facet F alone when F's selection is the only one it
// fails — which is exactly the multi-select ("each facet with its own selection removed")
// count, without one more match per selected facet.
//
// Two counters implement it: one reads each document's value slots (the reference), one
// reads in-memory columns built once per index revision (docid → value ordinals), the
// one searchd uses. Tallies over disjoint documents (shards) merge.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "schema/fields.hpp"

namespace rs::search {

/// The values a request selected for one facet, as the filter terms the index holds
/// (schema::filter_term): a document passes if it has any of them.
struct FacetSelection {
    const schema::Facet* facet = nullptr;
    std::vector<std::string> terms;
};

/// Display value → number of documents that have it.
using ValueCounts = std::unordered_map<std::string, std::uint64_t>;

/// Counts every facet over one match; not shared between threads.
class FacetTally {
public:
    virtual ~FacetTally() = default;
    /// Offers one candidate document; counts it and returns true if it is a hit.
    virtual bool add(const Xapian::Document& doc) = 0;
    /// Hits so far.
    virtual std::uint64_t hits() const = 0;
    /// The counts of `facet`, its own selection ignored.
    virtual ValueCounts counts(const schema::Facet& facet) const = 0;
    /// Adds the counts of `other`, a tally of the same kind and selections over other documents.
    virtual void merge(const FacetTally& other) = 0;
};

/// Makes tallies; shared by all request threads, so implementations are thread-safe.
class FacetCounter {
public:
    virtual ~FacetCounter() = default;
    /// A fresh tally for a match on `db`, at the revision `revision_key` names
    /// (ShardedDatabase::revision_key: Xapian 1.4 tells no revision of several shards),
    /// under `selections`.
    virtual std::unique_ptr<FacetTally> start(const Xapian::Database& db, const std::string& revision_key,
                                              const std::vector<FacetSelection>& selections) const = 0;
};

/// The counter that reads every candidate's value slots.
std::unique_ptr<FacetCounter> make_slot_facet_counter();

/// The counter that reads in-memory columns (facet_columns.hpp), built when it first
/// meets a revision of an index and shared by every request on that revision.
std::unique_ptr<FacetCounter> make_column_facet_counter();

}  // namespace rs::search
