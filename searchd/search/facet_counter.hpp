#pragma once
// Facet counting behind one interface, kept free of Xapian: the matcher feeds every
// matching document to a FacetTally. Now the tally reads the value slots of the
// documents it is fed; an in-memory column counter (docid → value ordinal arrays,
// LIBRARIES.md) can replace it without touching the search code.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "schema/fields.hpp"

namespace rs::search {

/// One matching document as a tally sees it.
class DocumentValues {
public:
    virtual ~DocumentValues() = default;
    /// The document's id in the index (Xapian docid).
    virtual std::uint32_t id() const = 0;
    /// The value stored in `slot`, "" if none.
    virtual std::string value(unsigned slot) const = 0;
};

/// Display value → number of matching documents that have it.
using ValueCounts = std::unordered_map<std::string, std::uint64_t>;

/// Counts some facets over one match; fed each matching document exactly once.
class FacetTally {
public:
    virtual ~FacetTally() = default;
    /// Counts one matching document.
    virtual void add(const DocumentValues& document) = 0;
    /// The counts of the `i`-th facet given to FacetCounter::start.
    virtual ValueCounts counts(std::size_t i) const = 0;
};

/// Makes tallies; shared by all threads, so implementations are immutable after construction.
class FacetCounter {
public:
    virtual ~FacetCounter() = default;
    /// A fresh tally counting `facets` (multi-valued facets count each value once per document).
    virtual std::unique_ptr<FacetTally> start(std::vector<const schema::Facet*> facets) const = 0;
};

/// The counter that reads the facets' value slots (multi-valued slots split with split_values).
std::unique_ptr<FacetCounter> make_slot_facet_counter();

}  // namespace rs::search
