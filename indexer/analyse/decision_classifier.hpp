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

    /// The outcomes stated in `text`, each once, in vocabulary order. Sentences that name
    /// another item than `item_number` ("Punkt 5 blev udsat") are not this item's outcome;
    /// 0 checks no number.
    std::vector<std::string> classify(std::string_view text, int item_number = 0) const;
    /// True if `text` states any outcome.
    bool states_outcome(std::string_view text) const { return !classify(text).empty(); }

private:
    struct Rule {
        std::string outcome;
        bool negatable;
        schema::Regex regex;
    };
    bool cancelled(const std::string& sentence_before_match) const;
    bool negated_after(const std::string& sentence_after_match) const;
    bool about_attendance(const icu::UnicodeString& sentence) const;
    bool about_other_item(const icu::UnicodeString& sentence, int item_number) const;

    std::vector<Rule> rules_;
    std::vector<std::string> outcome_order_;
    std::vector<schema::Regex> negations_;
    std::vector<schema::Regex> modals_;
    std::vector<schema::Regex> attendance_;
    std::vector<schema::Regex> other_item_;
};

/// `text` split into sentences at ! ? ; line breaks, and a "." that is not followed by a
/// lowercase letter or a digit ("pkt. 5", "bl.a. at" stay whole); trimmed, empty ones dropped.
std::vector<std::string> split_sentences(std::string_view text);

}  // namespace rs::indexer
