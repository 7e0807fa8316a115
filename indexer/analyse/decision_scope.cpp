#include "indexer/analyse/decision_scope.hpp"

#include <algorithm>

namespace rs::indexer {

namespace {

std::vector<std::string> split_paragraphs(const std::string& text) {
    std::vector<std::string> paragraphs;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find("\n\n", start);
        paragraphs.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 2;
    }
    return paragraphs;
}

std::string join(const std::vector<std::string>& paragraphs, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : "\n\n") + paragraphs[i];
    return out;
}

}  // namespace

void separate_decision_from_background(schema::AgendaItem& item, const DecisionClassifier& decisions) {
    auto find = [&](const char* name) {
        return std::find_if(item.sections.begin(), item.sections.end(),
                            [&](const schema::Section& s) { return s.name == name; });
    };
    auto beslutning = find(schema::section::beslutning);
    auto indstilling = find(schema::section::indstilling);
    if (beslutning == item.sections.end() || indstilling == item.sections.end() || beslutning > indstilling ||
        find(schema::section::sagsfremstilling) != item.sections.end())
        return;
    const auto paragraphs = split_paragraphs(beslutning->text);
    // The decision is the leading run of paragraphs that state outcomes.
    std::size_t end = 0;
    while (end < paragraphs.size() && decisions.states_outcome(paragraphs[end])) ++end;
    if (end == 0 || end == paragraphs.size()) return;
    schema::Section background{schema::section::sagsfremstilling, "", join(paragraphs, end, paragraphs.size())};
    beslutning->text = join(paragraphs, 0, end);
    item.sections.insert(beslutning + 1, std::move(background));
}

}  // namespace rs::indexer
