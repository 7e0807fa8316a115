#pragma once
// Reads what was decided from an item's Beslutning/Konklusion: outcomes such as godkendt,
// taget til efterretning, drøftet, besluttet, udsat, afvist, videresendt (decisions.tsv).
// Negation-aware ("ikke godkendt" is afvist, not godkendt), blind to plans ("skal
// godkendes") and to attendance ("X deltog ikke i sagens behandling").

#include <string>
#include <string_view>
#include <vector>

#include "schema/text/regex.hpp"

namespace rs::indexer {

class DecisionClassifier {
public:
    /// Loads decisions.tsv and decision_modifiers.tsv; throws schema::DataError.
    static DecisionClassifier load();

    /// The outcomes stated in `text`, each once, in vocabulary order.
    std::vector<std::string> classify(std::string_view text);
    /// True if `text` states any outcome.
    bool states_outcome(std::string_view text) { return !classify(text).empty(); }

private:
    struct Rule {
        std::string outcome;
        bool negatable;
        schema::Regex regex;
    };
    bool cancelled(const std::string& sentence_before_match);
    bool negated_after(const std::string& sentence_after_match);
    bool about_attendance(const icu::UnicodeString& sentence);

    std::vector<Rule> rules_;
    std::vector<std::string> outcome_order_;
    std::vector<schema::Regex> negations_;
    std::vector<schema::Regex> modals_;
    std::vector<schema::Regex> attendance_;
};

/// `text` split into sentences at . ! ? ; and line breaks, trimmed, empty ones dropped.
std::vector<std::string> split_sentences(std::string_view text);

}  // namespace rs::indexer
