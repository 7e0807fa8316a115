#pragma once
// Names a body that is no cluster: a regional or municipal committee, steering group or
// forum (schema/data/committees.tsv), with its authority: the municipality a municipal
// body belongs to (the "X Kommune" rows of region_evidence.tsv) or its region.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/text/regex.hpp"

namespace rs::indexer {

/// Whose a committee is.
enum class CommitteeLevel { municipal, regional, any };

/// A committee named in a line.
struct CommitteeMatch {
    std::string name;  ///< Canonical committee name ("Sundhedsudvalget").
    /// A municipality's, a region's, or (a name read by its form) whichever the document names.
    CommitteeLevel level = CommitteeLevel::regional;
    std::size_t position = 0;
};

class CommitteeDirectory {
public:
    /// Loads committees.tsv, committee_patterns.tsv and the municipalities of
    /// region_evidence.tsv; throws schema::DataError naming file and line.
    static CommitteeDirectory load();

    /// The first committee named in `line`: a listed one, else one read by the form of its
    /// name ("Udvalget for …", "…udvalget"); nullopt if none.
    std::optional<CommitteeMatch> find_in_line(std::string_view line) const;

    /// The first municipality named in `line` ("Vejle Kommune", also written "Vejle
    /// kommune"), canonical; "" if none.
    std::string municipality_in_line(std::string_view line) const;

    /// The municipality named most often in `text`, "" if none.
    std::string most_mentioned_municipality(std::string_view text) const;

    /// "Sundhedsudvalget, Vejle Kommune": a committee with its authority ("" for unknown).
    static std::string body_name(const std::string& committee, const std::string& authority);

private:
    struct Alias {
        std::string lower;
        std::size_t committee;
    };
    struct Committee {
        std::string name;
        CommitteeLevel level;
    };
    struct Pattern {
        CommitteeLevel level;
        schema::Regex regex;
    };
    std::vector<Committee> committees_;
    std::vector<Pattern> patterns_;
    std::vector<Alias> aliases_;  ///< Longest first.
    std::vector<std::pair<std::string, std::string>> municipalities_;  ///< (lowercased, canonical).
};

}  // namespace rs::indexer
