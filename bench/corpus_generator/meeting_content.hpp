#pragma once
// What is said at one meeting, before any layout: its items with titles, case types,
// topics and projects, the prose of their sections, the recommendation and the decision
// with the outcomes it states. A layout family decides how all of it is written down.

#include <string>
#include <vector>

#include "bench/corpus_generator/domain_data.hpp"
#include "bench/corpus_generator/meeting_plan.hpp"

namespace rs::corpus_generator {

/// Markers a sentence may carry around a phrase to be set in italics; each renderer
/// writes them its own way (stray "<i>" tags in text exports, as the seeds have them).
inline constexpr char italic_begin = '\x02';
inline constexpr char italic_end = '\x03';

/// A piece of a Sagsfremstilling.
struct Passage {
    enum class Kind { paragraph, subheading, bullets, table };
    Kind kind = Kind::paragraph;
    std::string text;                            ///< paragraph or subheading
    std::vector<std::string> lines;              ///< bullets
    std::vector<std::vector<std::string>> rows;  ///< table, first row the header
};

/// What a recommendation asks the body to do.
enum class Verb { approve, decide, discuss, take_note };

/// One point of the Indstilling: the verb and its object ("godkender" "samarbejdsaftalen").
struct Recommendation {
    Verb verb = Verb::approve;
    std::string object;
};

/// One agenda item.
struct ItemContent {
    int number = 0;
    std::string sub;                  ///< "a" for a sub-item, else "".
    std::string title;                ///< Without prefix, time slot or number.
    CaseType type = CaseType::orientering;
    bool procedural = false;
    bool closed = false;
    bool written_orientation = false;  ///< A "SKRIFTLIG ORIENTERING" (the seeds' regional system).
    std::string topic;                 ///< The topic the title names, "" if none.
    std::string project;               ///< Canonical project the item is about, "" if none.
    Clock from;                        ///< The item's time slot.
    Clock to;
    std::vector<std::string> resume;     ///< Paragraphs.
    std::vector<Passage> background;     ///< The Sagsfremstilling.
    std::vector<Recommendation> recommendations;
    std::string decision;                ///< The decision's first paragraph, "" if none.
    std::vector<std::string> outcomes;   ///< What the decision states (indexer's outcome names).
    std::vector<std::string> decision_more;  ///< Further paragraphs of the decision.
    std::string attendance_note;         ///< "X deltog ikke i sagens behandling.", "" if none.
    std::vector<std::string> attachments;
    std::vector<std::string> attendees;  ///< For a Mødedeltagere item.
};

/// A person at the meeting.
struct Participant {
    std::string name;
    std::string title;         ///< "direktør"
    std::string organisation;  ///< "Vejle Kommune"
    std::string email;         ///< "", or an address the site printed
};

/// One meeting.
struct MeetingContent {
    const MeetingPlan* plan = nullptr;
    const Body* body = nullptr;
    std::string place;
    std::vector<Participant> participants;
    std::vector<std::string> absent;      ///< Names.
    std::string subject;                  ///< Who decides, as a sentence's subject: "FSN", "Udvalget".
    std::string next_body;                ///< Where cases go on to: "det politiske niveau".
    std::vector<ItemContent> items;
};

}  // namespace rs::corpus_generator
