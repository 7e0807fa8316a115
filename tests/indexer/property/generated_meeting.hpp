#pragma once
// The model of one randomly generated meeting: what the generator decided is true
// about it, independent of how a layout family later prints it. Renderers copy it and
// mark which facts the printed text actually states (checkable fields).

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace rs::test {

/// One generated agenda item with everything a correct parser must recover.
struct GeneratedItem {
    int number = 0;                ///< Item number as printed.
    std::string sub;               ///< "a", "b" for a sub-item, "" for a main item.
    std::string title;             ///< Clean title (what the parser must return).
    std::string type;              ///< Case type the item has ("" when undetermined).
    bool procedural = false;       ///< Velkomst, Godkendelse af dagsorden, Eventuelt ...
    bool closed = false;           ///< A lukket/fortrolig item.
    std::string case_number;       ///< "" or a case number in the meeting's style.
    int slot_start = 0;            ///< Minutes after midnight of the item's time slot.
    int slot_end = 0;
    std::vector<std::string> resume;           ///< Paragraphs of the Resumé.
    std::vector<std::string> background;       ///< Paragraphs of the Sagsfremstilling.
    std::vector<std::string> recommendations;  ///< "godkender ..." clauses of the Indstilling.
    std::vector<std::string> attachments;      ///< Bilag file names.
    std::vector<std::string> decision;         ///< Decision paragraphs; empty = no decision section.
    std::vector<std::string> outcomes;         ///< Expected outcomes, vocabulary order.

    // Set by the renderer on its copy: which facts the rendered text states.
    bool check_type = false;         ///< An explicit type marker (or procedural title) was printed.
    bool check_case_number = false;  ///< The case number was printed.
};

/// One generated meeting of one body.
struct GeneratedMeeting {
    std::uint32_t seed = 0;             ///< Seed this meeting was made from.
    std::string cluster;                ///< Canonical body name (or the unknown name as written).
    std::string cluster_written;        ///< The name as the file writes it (canonical or alias).
    bool body_known = true;             ///< False for an invented body the data files do not list.
    std::string region;                 ///< Canonical region.
    std::string forum;                  ///< Canonical forum, "" when the meeting names none.
    std::string forum_written;          ///< Forum as written, "" when none.
    std::chrono::year_month_day date{};
    int start = 0;                      ///< Start, minutes after midnight.
    int end = 0;                        ///< End, minutes after midnight.
    std::string venue;                  ///< Mødested.
    std::vector<std::string> municipalities;  ///< Kommuner taking part (region evidence).
    std::vector<std::string> absent;    ///< Names listed as Afbud/Fraværende.
    std::vector<GeneratedItem> items;

    // Set by the renderer on its copy.
    std::string body;               ///< Expected Meeting::body when check_body (a committee's "Name, X Kommune").
    bool check_body = false;
    bool check_forum = false;       ///< The forum was printed in the header.
    bool check_start_time = false;  ///< The start time was printed in the header.
};

/// ISO "YYYY-MM-DD" of a date.
std::string iso_date(const std::chrono::year_month_day& date);
/// "HH:MM" of minutes after midnight.
std::string clock_time(int minutes);
/// Runs of whitespace collapsed to one space, ends trimmed.
std::string collapse_whitespace(const std::string& text);
/// The decision text a parser must recover: the paragraphs joined and collapsed.
std::string expected_decision_text(const GeneratedItem& item);

}  // namespace rs::test
