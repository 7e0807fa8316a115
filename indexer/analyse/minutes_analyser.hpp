#pragma once
// The analyse stage: what parsed items mean. Case type and procedural flag, decision
// outcomes (minutes only: an agenda has decided nothing yet), topics, projects, and the
// stable ids. Immutable once loaded: analyse() is const, and one analyser serves every
// thread (read_minutes.cpp).

#include "indexer/analyse/case_type_classifier.hpp"
#include "indexer/analyse/decision_classifier.hpp"
#include "indexer/analyse/vocabulary_tagger.hpp"
#include "schema/model.hpp"

namespace rs::indexer {

class MinutesAnalyser {
public:
    /// Loads the vocabularies; throws schema::DataError if one is broken.
    MinutesAnalyser();

    /// Fills type, procedural, decisions, topics, projects and id of every item.
    void analyse(schema::Minutes& minutes) const;

private:
    CaseTypeClassifier case_types_;
    DecisionClassifier decisions_;
    VocabularyTagger topics_;
    VocabularyTagger projects_;
};

}  // namespace rs::indexer
