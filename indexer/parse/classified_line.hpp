#pragma once
// What the parser understood of one line: the record `indexer parse --explain` prints.

#include <optional>
#include <string>

#include "indexer/parse/source_line.hpp"

namespace rs::indexer {

enum class LineKind {
    blank,
    noise,             ///< page furniture, UI text, running headers
    header,            ///< a meeting header line (before the first item)
    contents_heading,  ///< "Indholdsfortegnelse" and the like
    contents_entry,    ///< a line of the table of contents
    item_heading,      ///< an agenda item heading (after the chain is chosen)
    item_title,        ///< the continuation of an item heading's title
    section_heading,   ///< Resumé, Sagsfremstilling, Beslutning …
    case_number,
    closed_marker,
    open_marker,
    attendance,        ///< an attendance heading: Deltagere, Afbud, Fraværende
    text,
};

/// Lowercase name of a kind, as printed by --explain.
const char* to_string(LineKind kind);

/// An item heading candidate: the number, sub-item letter and raw title a pattern read.
struct ItemCandidate {
    std::string family;  ///< Name of the item pattern (heading family).
    int number = 0;
    std::string sub;
    std::string title;
};

/// A section heading: which section, and text standing after it on the same line.
struct SectionHeading {
    std::string section;
    bool opening = false;  ///< The line itself is the section's first content.
    std::string rest;
};

struct ClassifiedLine {
    SourceLine line;
    LineKind kind = LineKind::text;
    std::string pattern;  ///< Name of the pattern that decided the kind, "" for plain text.
    std::string note;     ///< Why a likely-looking line was given another kind, for --explain.
    std::optional<ItemCandidate> item;       ///< Set when an item pattern matched.
    std::optional<SectionHeading> section;   ///< Set for section headings.
    std::string case_number;                 ///< Set for case number lines.
    std::string attendance_rest;             ///< Names after "Afbud:" on the same line.

    /// Neither blank nor noise: something a reader would read.
    bool content() const { return kind != LineKind::blank && kind != LineKind::noise; }
};

}  // namespace rs::indexer
