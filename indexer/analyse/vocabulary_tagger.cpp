#include "indexer/analyse/vocabulary_tagger.hpp"

#include <stdexcept>

#include "schema/text/unicode.hpp"
#include "schema/text/word_search.hpp"
#include "schema/vocabulary/data_table.hpp"

namespace rs::indexer {

VocabularyTagger VocabularyTagger::load(const std::string& file, int alias_column, int pattern_column,
                                        std::size_t min_text_mentions) {
    VocabularyTagger tagger;
    tagger.min_text_mentions_ = min_text_mentions;
    for (const auto& row : schema::load_data_table(file, 2)) {
        Entry entry{row.at(0), {}, {}};
        if (alias_column >= 0)
            for (const auto& alias : row.list(static_cast<std::size_t>(alias_column)))
                if (alias != "-") entry.aliases_lower.push_back(schema::to_lower(alias));
        if (pattern_column >= 0 && !row.at(static_cast<std::size_t>(pattern_column)).empty()) {
            try {
                entry.patterns.emplace_back(row.at(static_cast<std::size_t>(pattern_column)));
            } catch (const std::invalid_argument& e) {
                throw schema::DataError(row.where() + ": " + e.what());
            }
        }
        tagger.entries_.push_back(std::move(entry));
    }
    return tagger;
}

std::size_t VocabularyTagger::mentions(Entry& entry, const std::string& text, const std::string& text_lower) {
    std::size_t count = 0;
    for (const auto& alias : entry.aliases_lower) count += schema::count_words(text_lower, alias);
    if (entry.patterns.empty()) return count;
    const icu::UnicodeString u = schema::to_unicode(text);
    for (auto& pattern : entry.patterns)
        for (int32_t from = 0; pattern.find(u, from) && pattern.end() > from; from = pattern.end()) ++count;
    return count;
}

std::vector<std::string> VocabularyTagger::tag(const schema::AgendaItem& item) {
    const std::string title_lower = schema::to_lower(item.title);
    std::string text;
    for (const auto& section : item.sections) text += section.text + "\n";
    const std::string text_lower = schema::to_lower(text);
    std::vector<std::string> names;
    for (auto& entry : entries_) {
        if (mentions(entry, item.title, title_lower) > 0 || mentions(entry, text, text_lower) >= min_text_mentions_)
            names.push_back(entry.name);
    }
    return names;
}

}  // namespace rs::indexer

namespace rs::indexer {

std::vector<std::string> VocabularyTagger::tag_title(const schema::AgendaItem& item) {
    const std::string title_lower = schema::to_lower(item.title);
    std::vector<std::string> names;
    for (auto& entry : entries_)
        if (mentions(entry, item.title, title_lower) > 0) names.push_back(entry.name);
    return names;
}

}  // namespace rs::indexer
