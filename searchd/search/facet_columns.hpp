#pragma once
// Every facet of one index revision in memory: per facet, the distinct display values
// (ordinals) and, per document, the ordinals it has — a flat array for single-valued
// facets, offsets into one array for multi-valued ones. Built once from Xapian's value
// streams (one sequential read per facet), then read-only and shared by every request
// thread on that revision; counting a document is a few array reads, no value decoding.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/fields.hpp"

namespace rs::search {

/// Ordinal meaning "no value".
inline constexpr std::uint32_t no_value = 0xFFFFFFFF;

/// One facet's column.
class FacetColumn {
public:
    /// Reads `facet`'s slot of every document of `db` (docids up to `last_docid`).
    FacetColumn(const Xapian::Database& db, const schema::Facet& facet, Xapian::docid last_docid);

    /// The ordinals of document `did` (empty if it has none, or is past the column).
    std::span<const std::uint32_t> ordinals(Xapian::docid did) const;
    /// Distinct display values, by ordinal.
    const std::vector<std::string>& values() const { return values_; }
    /// Bytes the column's arrays take.
    std::size_t memory_bytes() const {
        return (single_.capacity() + offsets_.capacity() + multi_.capacity()) * sizeof(std::uint32_t);
    }

private:
    std::vector<std::string> values_;
    bool multi_valued_;
    std::vector<std::uint32_t> single_;   ///< docid → ordinal or no_value (single-valued facets).
    std::vector<std::uint32_t> offsets_;  ///< docid → start in `multi_` (multi-valued facets; size last+2).
    std::vector<std::uint32_t> multi_;
};

/// The columns of every facet of one revision.
class FacetColumns {
public:
    /// Reads every facet of `db` at its current revision, which `revision_key` names
    /// (ShardedDatabase::revision_key).
    FacetColumns(const Xapian::Database& db, std::string revision_key);

    const FacetColumn& column(const schema::Facet& facet) const {
        return columns_[static_cast<std::size_t>(&facet - schema::facets.data())];
    }
    /// The revision read, and the highest docid.
    const std::string& revision_key() const { return revision_key_; }
    Xapian::docid last_docid() const { return last_docid_; }
    /// Bytes the columns take, for logs and benchmarks.
    std::size_t memory_bytes() const;

private:
    std::string revision_key_;
    Xapian::docid last_docid_;
    std::vector<FacetColumn> columns_;
};

}  // namespace rs::search
