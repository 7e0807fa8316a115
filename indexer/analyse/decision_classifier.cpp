#include "indexer/analyse/decision_classifier.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "schema/text/unicode.hpp"
#include "schema/vocabulary/data_table.hpp"

namespace rs::indexer {

using schema::to_unicode;
using schema::to_utf8;

namespace {
// How many words before a match a negation or modal word may stand and still govern it.
constexpr std::size_t modifier_window = 3;

schema::Regex compile(const schema::DataRow& row, const std::string& pattern) {
    try {
        return schema::Regex(pattern);
    } catch (const std::invalid_argument& e) {
        throw schema::DataError(row.where() + ": " + e.what());
    }
}

std::vector<std::string> last_words(const std::string& text, std::size_t count) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        if (c == ' ' || c == '\t') {
            if (!word.empty()) words.push_back(word), word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(word);
    if (words.size() > count) words.erase(words.begin(), words.end() - static_cast<long>(count));
    return words;
}

}  // namespace

std::vector<std::string> split_sentences(std::string_view text) {
    std::vector<std::string> sentences;
    std::string current;
    auto flush = [&] {
        auto begin = current.find_first_not_of(" \t");
        if (begin != std::string::npos) sentences.push_back(current.substr(begin));
        current.clear();
    };
    // An abbreviation's dot ("pkt. 5", "bl.a. at", "kl. 14") is followed by a digit or a
    // lowercase letter; a sentence's by a space and a capital, or the end.
    const auto continues = [&](std::size_t i) {
        std::size_t j = i + 1;
        while (j < text.size() && text[j] == ' ') ++j;
        if (j >= text.size()) return false;
        const unsigned char next = static_cast<unsigned char>(text[j]);
        const unsigned char after = j + 1 < text.size() ? static_cast<unsigned char>(text[j + 1]) : 0;
        const bool lowercase_aeoa = next == 0xC3 && after >= 0xA0;  // æ ø å and other Latin-1 lowercase
        return (next >= 'a' && next <= 'z') || (next >= '0' && next <= '9') || lowercase_aeoa;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '!' || c == '?' || c == ';' || c == '\n' || (c == '.' && !continues(i))) {
            if (c != '\n') current += c;
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return sentences;
}

DecisionClassifier DecisionClassifier::load() {
    DecisionClassifier classifier;
    for (const auto& row : schema::load_data_table("decisions.tsv", 3)) {
        if (row.at(1) != "yes" && row.at(1) != "no")
            throw schema::DataError(row.where() + ": negatable must be 'yes' or 'no'");
        classifier.rules_.push_back({row.at(0), row.at(1) == "yes", compile(row, row.at(2))});
        if (std::find(classifier.outcome_order_.begin(), classifier.outcome_order_.end(), row.at(0)) ==
            classifier.outcome_order_.end())
            classifier.outcome_order_.push_back(row.at(0));
    }
    for (const auto& row : schema::load_data_table("decision_modifiers.tsv", 2)) {
        auto* bucket = row.at(0) == "negation"     ? &classifier.negations_
                       : row.at(0) == "modal"      ? &classifier.modals_
                       : row.at(0) == "attendance" ? &classifier.attendance_
                       : row.at(0) == "other_item" ? &classifier.other_item_
                                                   : nullptr;
        if (!bucket) throw schema::DataError(row.where() + ": unknown modifier kind '" + row.at(0) + "'");
        bucket->push_back(compile(row, row.at(1)));
    }
    return classifier;
}

bool DecisionClassifier::negated_after(const std::string& after) const {
    // "godkendte ikke": Danish puts the negation after a finite verb.
    std::string word;
    for (char c : after) {
        if (c == ' ' && word.empty()) continue;
        if (c == ' ' || c == ',' || c == '.') break;
        word += c;
    }
    const std::string lower = schema::to_lower(word);
    return std::any_of(negations_.begin(), negations_.end(),
                       [&](const schema::Regex& r) { return static_cast<bool>(r.find(lower)); });
}

bool DecisionClassifier::cancelled(const std::string& before) const {
    // Only the clause the match stands in: a comma ends the reach of "ikke".
    const std::string clause = before.substr(before.find_last_of(',') == std::string::npos ? 0 : before.find_last_of(',') + 1);
    for (const auto& word : last_words(schema::to_lower(clause), modifier_window)) {
        for (auto* list : {&negations_, &modals_})
            for (const auto& regex : *list)
                if (regex.find(word)) return true;
    }
    return false;
}

bool DecisionClassifier::about_attendance(const icu::UnicodeString& sentence) const {
    return std::any_of(attendance_.begin(), attendance_.end(),
                       [&](const schema::Regex& r) { return static_cast<bool>(r.find(sentence)); });
}

bool DecisionClassifier::about_other_item(const icu::UnicodeString& sentence, int item_number) const {
    if (item_number <= 0) return false;
    for (const auto& regex : other_item_)
        for (int32_t from = 0;;) {
            const auto match = regex.find(sentence, from);
            if (!match) break;
            const std::string number = match.group("num");
            if (!number.empty() && std::stoi(number) != item_number) return true;
            if (match.end() <= from) break;
            from = match.end();
        }
    return false;
}

std::vector<std::string> DecisionClassifier::classify(std::string_view text, int item_number) const {
    std::set<std::string> found;
    for (const auto& sentence : split_sentences(text)) {
        const icu::UnicodeString u = to_unicode(sentence);
        if (about_attendance(u) || about_other_item(u, item_number)) continue;
        for (const auto& rule : rules_) {
            if (found.count(rule.outcome)) continue;
            for (int32_t from = 0;;) {
                const auto match = rule.regex.find(u, from);
                if (!match) break;
                const int32_t start = match.start(), end = match.end();
                if (!rule.negatable || (!cancelled(to_utf8(u.tempSubString(0, start))) &&
                                        !negated_after(to_utf8(u.tempSubString(end))))) {
                    found.insert(rule.outcome);
                    break;
                }
                if (end <= from) break;
                from = end;
            }
        }
    }
    std::vector<std::string> ordered;
    for (const auto& outcome : outcome_order_)
        if (found.count(outcome)) ordered.push_back(outcome);
    return ordered;
}

}  // namespace rs::indexer
