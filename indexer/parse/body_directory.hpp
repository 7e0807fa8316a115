#pragma once
// Names the body that met: a sundhedsklynge or sundhedsråd, canonicalised through
// clusters.tsv, with the region deciding between bodies that share a short name, and
// unknown bodies read through body_patterns.tsv. Also weighs which region a file is from.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/text/regex.hpp"

namespace rs::indexer {

/// A body found in a text.
struct BodyMatch {
    std::string name;    ///< Canonical name.
    std::string region;  ///< Canonical region, "" if unknown.
    std::size_t position = 0;  ///< Byte offset of the match in the searched text.
    bool known = false;  ///< From clusters.tsv (true) or read by a body pattern (false).
};

/// Region name → weight of the evidence for it in a text.
using RegionEvidence = std::map<std::string, double>;

class BodyDirectory {
public:
    /// Loads clusters.tsv, regions.tsv, region_evidence.tsv, body_patterns.tsv and
    /// body_exclusions.tsv; throws schema::DataError naming file and line.
    static BodyDirectory load();

    /// How strongly `text` points at each region (municipalities, hospitals, region names).
    RegionEvidence region_evidence(std::string_view text) const;
    /// The region with the most evidence, "" if none.
    static std::string likeliest_region(const RegionEvidence& evidence);

    /// The first body named in `line`, or nullopt.
    std::optional<BodyMatch> find_in_line(std::string_view line, const RegionEvidence& evidence) const;
    /// The body named most often in `text` (known bodies only), or nullopt.
    std::optional<BodyMatch> most_mentioned(std::string_view text, const RegionEvidence& evidence) const;

    /// Canonical region for a region alias ("Nordjylland" → "Region Nordjylland"), "" if none.
    std::string canonical_region(std::string_view alias) const;

private:
    struct Body {
        std::string name;
        std::string region;
    };
    struct Alias {
        std::string lower;           ///< Lowercased alias.
        std::vector<std::size_t> bodies;  ///< Indices into bodies_: several when ambiguous.
    };
    struct Pattern {
        std::string template_;
        schema::Regex regex;
    };
    struct EvidenceTerm {
        std::string lower;
        std::string region;
        double weight;
    };

    const Body& choose(const Alias& alias, const RegionEvidence& evidence) const;
    bool excluded(std::string_view name) const;

    std::vector<Body> bodies_;
    std::vector<Alias> aliases_;  // longest first
    std::vector<Pattern> patterns_;
    std::vector<EvidenceTerm> evidence_terms_;
    std::vector<std::string> exclusions_lower_;
    std::map<std::string, std::string> region_aliases_lower_;
};

}  // namespace rs::indexer
