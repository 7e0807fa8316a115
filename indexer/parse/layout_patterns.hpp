#pragma once
// The layout knowledge of the parser, loaded from schema/data/: which lines are noise,
// contents, item headings, section headings, case numbers, closed markers, attendance,
// header fields, and what a title carries besides itself. Supporting a new minutes system
// means adding rows there, not code here. Immutable once loaded (the regexes are shared and
// thread-safe, regex.hpp): one instance serves every thread.

#include <string>
#include <vector>

#include "schema/text/regex.hpp"

namespace rs::indexer {

/// A pattern with the name `indexer parse --explain` shows for it.
struct NamedPattern {
    std::string name;
    schema::Regex regex;
};

/// A section heading pattern (sections.tsv).
struct SectionPattern {
    std::string section;  ///< Canonical section name.
    bool opening;         ///< The line opens the section and is itself content.
    schema::Regex regex;
};

/// A header field pattern (header_fields.tsv).
struct FieldPattern {
    std::string field;  ///< date, end, place, body, kind_referat, kind_dagsorden, place_after_time.
    schema::Regex regex;
};

/// A title pattern (title_patterns.tsv).
struct TitlePattern {
    std::string kind;  ///< closed, time_slot, case_number, prefix, suffix.
    std::string type;  ///< Case type for prefix/suffix, "" otherwise.
    schema::Regex regex;
};

struct LayoutPatterns {
    std::vector<NamedPattern> strip;
    std::vector<NamedPattern> noise;
    std::vector<NamedPattern> contents_heading;
    std::vector<NamedPattern> contents_entry;
    std::vector<NamedPattern> item;  ///< name = heading family
    std::vector<NamedPattern> case_number;
    std::vector<NamedPattern> closed;
    std::vector<NamedPattern> open;
    std::vector<NamedPattern> attendance;
    std::vector<SectionPattern> sections;
    std::vector<FieldPattern> header_fields;
    std::vector<TitlePattern> title;

    /// Loads and compiles every layout table; throws schema::DataError naming file and line.
    static LayoutPatterns load();
};

}  // namespace rs::indexer
