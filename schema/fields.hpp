#pragma once
// The index layout: term prefixes, value slots and facets. The single source of truth
// that the indexer writes and searchd reads; neither may spell a prefix or slot itself.
//
// Prefix convention (Xapian/Omega): "Q" is the unique id term, "S" the title, and our
// own fields are "X" + capitals. Facet values are stored lowercased, so a term never
// starts with a capital after its prefix and prefixes cannot run into values; ids are
// lowercase by construction; source names keep their case (they are never parsed back).
// Deliberately free of Xapian headers: the HTTP layer validates facet names from here.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace rs::schema {

/// Prefix of the unique id term: replace_document("Q" + id) makes indexing idempotent.
inline constexpr std::string_view id_prefix = "Q";
/// Boolean term grouping all items of one meeting (cluster/forum/date).
inline constexpr std::string_view meeting_prefix = "XMEETING";
/// Boolean term naming the source file an item came from.
inline constexpr std::string_view source_prefix = "XSOURCE";

/// A searchable text field: its prefix, and the name users type before a colon.
struct TextField {
    std::string_view prefix;      ///< Term prefix ("S" for the title).
    std::string_view query_name;  ///< Field name in the query syntax ("titel").
    std::string_view section;     ///< Canonical section name feeding it, "" for the title.
    unsigned weight;              ///< wdf multiplier at index time (title and decisions weigh more).
    /// Another field's query name that searches this field too, "" if none: the clusters
    /// write "Konklusion" where committees write "Beslutning", so `beslutning:` is the
    /// decision whatever the minutes call it (MINUTES.md), while `konklusion:` stays narrow.
    std::string_view also_searched_as = "";
};

/// The title and every section, each searchable under its own prefix and all together.
inline constexpr std::array<TextField, 8> text_fields{{
    {"S", "titel", "", 3},
    {"XRESUME", "resume", "Resumé", 1},
    {"XSAGS", "sagsfremstilling", "Sagsfremstilling", 1},
    {"XINDST", "indstilling", "Indstilling", 1},
    {"XBESL", "beslutning", "Beslutning", 2},
    {"XKONKL", "konklusion", "Konklusion", 2, "beslutning"},
    {"XBILAG", "bilag", "Bilag", 1},
    {"XTEKST", "tekst", "Tekst", 1},
}};

/// Value slots. Facet slots hold the display value (or several, see multi_value.hpp).
enum Slot : unsigned {  // Xapian::valueno
    slot_date = 0,        ///< "YYYYMMDD": range filters and sorting.
    slot_cluster = 1,
    slot_region = 2,
    slot_forum = 3,
    slot_type = 4,
    slot_decision = 5,    ///< multi-valued
    slot_topic = 6,       ///< multi-valued
    slot_project = 7,     ///< multi-valued
    slot_year = 8,        ///< "YYYY"
    slot_kind = 9,
    slot_number = 10,     ///< sortable_serialise(item number)
    slot_procedural = 11, ///< "1" or "0"
    slot_meeting = 12,    ///< Meeting key: keeps one meeting's items together when sorting by date.
    slot_sub = 13,        ///< Sub-item letter, "" for a main item: agenda order after slot_number.
    slot_body = 14,       ///< Meeting::body: the cluster or committee that met.
};

/// A facet: the API name, its boolean filter prefix and its value slot.
struct Facet {
    std::string_view name;    ///< API parameter and facet key ("cluster").
    std::string_view prefix;  ///< Boolean term prefix for filtering.
    Slot slot;                ///< Value slot for counting.
    bool multi_valued;        ///< Slot holds several values.
};

/// Every facet users filter and count by, in the order the API lists them.
inline constexpr std::array<Facet, 10> facets{{
    {"cluster", "XCLUSTER", slot_cluster, false},
    {"body", "XBODY", slot_body, false},
    {"region", "XREGION", slot_region, false},
    {"forum", "XFORUM", slot_forum, false},
    {"type", "XTYPE", slot_type, false},
    {"decision", "XDECISION", slot_decision, true},
    {"topic", "XTOPIC", slot_topic, true},
    {"project", "XPROJECT", slot_project, true},
    {"year", "XYEAR", slot_year, false},
    {"kind", "XKIND", slot_kind, false},
}};

/// The facet named `name`, or nullptr.
const Facet* find_facet(std::string_view name);

/// Longest term we write: Xapian refuses terms over 245 bytes, and a file name or a
/// vocabulary value is outside our control.
inline constexpr std::size_t max_term_bytes = 240;

/// `prefix` + `value`, with a value too long for one term cut and ended by a stable hash
/// of the whole value, so that the indexer and searchd build the same term.
std::string boolean_term(std::string_view prefix, std::string_view value);

/// The boolean filter term for `value` of `facet` (value lowercased, as indexed).
std::string filter_term(const Facet& facet, std::string_view value);

/// The term marking procedural items (value "1") and substantive ones ("0").
inline constexpr std::string_view procedural_prefix = "XPROCEDURAL";

/// Metadata key under which the index records its schema version.
inline constexpr std::string_view schema_version_key = "referatsog.schema";
/// Bumped whenever the layout above changes incompatibly.
inline constexpr std::string_view schema_version = "3";  // 2: protected stems, synonyms; 3: body facet

}  // namespace rs::schema
