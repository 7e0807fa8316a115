#include "indexer/analyse/minutes_analyser.hpp"

#include "indexer/analyse/decision_scope.hpp"
#include "schema/ids.hpp"

namespace rs::indexer {

namespace {
// A topic named only in the text must come up this often to be what the item is about;
// a project is specific enough to count at its first mention.
constexpr std::size_t topic_text_mentions = 3;
constexpr std::size_t project_text_mentions = 1;
}  // namespace

MinutesAnalyser::MinutesAnalyser()
    : case_types_(CaseTypeClassifier::load()),
      decisions_(DecisionClassifier::load()),
      topics_(VocabularyTagger::load("topics.tsv", -1, 1, topic_text_mentions)),
      projects_(VocabularyTagger::load("projects.tsv", 1, 2, project_text_mentions)) {}

void MinutesAnalyser::analyse(schema::Minutes& minutes) const {
    const bool minutes_kind = minutes.meeting.kind == schema::document_kind::referat;
    for (auto& item : minutes.items) {
        case_types_.classify(item);
        item.decisions.clear();
        if (minutes_kind) {
            separate_decision_from_background(item, decisions_);
            std::string decided;
            for (const auto& section : item.sections)
                if (section.name == schema::section::beslutning || section.name == schema::section::konklusion)
                    decided += section.text + "\n";
            // Minutes that write only the decision under each heading (a beslutningsprotokol:
            // "Ad 1. Godkendelse af dagsorden / Godkendt.") have no section headings at all.
            if (item.sections.size() == 1 && item.sections[0].name == schema::section::tekst)
                decided = item.sections[0].text;
            item.decisions = decisions_.classify(decided, item.number);
        }
        // A procedural item's text is mostly names and housekeeping: only its title says
        // what it is about.
        item.topics = item.procedural ? topics_.tag_title(item) : topics_.tag(item);
        item.projects = projects_.tag(item);
        item.id = schema::item_id(minutes.meeting, item);
    }
}

}  // namespace rs::indexer
