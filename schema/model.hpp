#pragma once
// The domain model shared by the indexer (which fills it from minutes files) and
// searchd (which reads it back from the index): one meeting, its agenda items and
// their sections. Plain values only: no Xapian, no JSON, no I/O.

#include <cstddef>
#include <string>
#include <vector>

namespace rs::schema {

/// The canonical section names an item's text is filed under.
namespace section {
inline constexpr const char* resume = "Resumé";
inline constexpr const char* sagsfremstilling = "Sagsfremstilling";
inline constexpr const char* indstilling = "Indstilling";
inline constexpr const char* beslutning = "Beslutning";
inline constexpr const char* konklusion = "Konklusion";
inline constexpr const char* bilag = "Bilag";
/// Text of an item that stands before any recognised section heading.
inline constexpr const char* tekst = "Tekst";
}  // namespace section

/// The case type of procedural items (Velkomst, Eventuelt …) whose title names no other.
namespace case_type {
inline constexpr const char* procedural = "procedurepunkt";
}  // namespace case_type

/// What kind of document a file is: the agenda before the meeting or the minutes after it.
namespace document_kind {
inline constexpr const char* referat = "referat";
inline constexpr const char* dagsorden = "dagsorden";
}  // namespace document_kind

/// One section of an agenda item, such as the Beslutning.
struct Section {
    std::string name;     ///< Canonical name (see rs::schema::section).
    std::string heading;  ///< The heading as written in the file, cleaned of markup.
    std::string text;     ///< Plain text; paragraphs separated by "\n\n".
};

/// The meeting a minutes file describes, read from its header.
struct Meeting {
    std::string cluster;        ///< Canonical cluster (a sundhedsklynge or sundhedsråd), "" if the body is none.
    /// The body that met, canonical: the cluster when it is one, else the committee, steering
    /// group or forum with its authority ("Sundhedsudvalget, Vejle Kommune"); "" if unknown.
    std::string body;
    std::string region;         ///< "Region Syddanmark" etc., "" if unknown.
    std::string municipality;   ///< "Vejle Kommune" for a municipal body, "" otherwise.
    std::string forum;          ///< Canonical forum/level, "" if unknown.
    bool forum_inferred = false;///< True when the forum was not named but inferred from the text.
    std::string date;           ///< ISO date YYYY-MM-DD, "" if not found.
    std::string start_time;     ///< HH:MM, "" if not found.
    std::string end_time;       ///< HH:MM, "" if not found.
    std::string place;          ///< Mødested as written, "" if not found.
    std::string kind = document_kind::referat;  ///< "referat" or "dagsorden".
    std::string title;          ///< The header line as written, cleaned of markup.
    std::string source;         ///< File name the meeting was read from.
};

/// One agenda item (Punkt N) with everything the analysis found in it.
struct AgendaItem {
    std::string id;            ///< Stable, URL-safe id: cluster/forum/date/number[sub].
    int number = 0;            ///< The item number as printed.
    std::string sub;           ///< Sub-item letter ("a" for "2. a."), "" for a main item.
    std::string title;         ///< Clean title: no prefix, time slot, number or markup.
    std::string title_prefix;  ///< Case-type prefix or suffix as written ("Beslutnings sag"), "".
    std::string time_slot;     ///< "14:00-14:45", "" if none.
    std::string case_number;   ///< "1-31-72-446-22", "" if none.
    std::string type;          ///< Case type (sagstype), "" if undetermined.
    bool procedural = false;   ///< Velkomst, Godkendelse af dagsorden, Eventuelt and the like.
    bool closed = false;       ///< A closed (lukket/fortrolig) item: never indexed.
    std::vector<Section> sections;
    std::vector<std::string> decisions;  ///< Decision outcomes, in vocabulary order.
    std::vector<std::string> topics;     ///< Topics from the taxonomy.
    std::vector<std::string> projects;   ///< Canonical project names from the gazetteer.
    int line = 0;              ///< 1-based line of the item heading in the source file.
};

/// Everything parsed from one minutes file.
struct Minutes {
    Meeting meeting;
    std::vector<AgendaItem> items;
    /// What the parser is unsure of, one line each ("line 3: no meeting date found …"), for
    /// the person checking the file; not indexed.
    std::vector<std::string> warnings;
    /// CPR numbers replaced by schema::cpr_placeholder before the text was read.
    std::size_t cpr_numbers_removed = 0;
};

}  // namespace rs::schema
