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
        const std::string pattern = pattern_column >= 0 ? row.at(static_cast<std::size_t>(pattern_column)) : "";
        if (!pattern.empty() && pattern != "-") {  // "-" holds the column of a row with aliases only
            try {
                // Matched case-sensitively against the lowercased text: ICU's case-insensitive
                // matching folds every character and made tagging a fifth of indexing time.
                // The data writes these patterns in lowercase (see the files' headers).
                entry.patterns.emplace_back(pattern, /*case_insensitive=*/false);
            } catch (const std::invalid_argument& e) {
                throw schema::DataError(row.where() + ": " + e.what());
            }
        }
        tagger.entries_.push_back(std::move(entry));
    }
    return tagger;
}

std::size_t VocabularyTagger::mentions(const Entry& entry, const std::string& text_lower, std::size_t enough) {
    // Counting stops at `enough`: whether an entry applies is all that is asked, and
    // scanning a long text to its end for every entry was a fifth of the indexing time.
    std::size_t count = 0;
    for (const auto& alias : entry.aliases_lower) {
        for (std::size_t pos = schema::find_word(text_lower, alias); pos != std::string::npos && count < enough;
             pos = schema::find_word(text_lower, alias, pos + alias.size()))
            ++count;
        if (count >= enough) return count;
    }
    if (entry.patterns.empty()) return count;
    const icu::UnicodeString u = schema::to_unicode(text_lower);
    for (const auto& pattern : entry.patterns)
        for (int32_t from = 0; count < enough;) {
            const auto match = pattern.find(u, from);
            if (!match || match.end() <= from) break;
            ++count;
            from = match.end();
        }
    return count;
}

std::vector<std::string> VocabularyTagger::tag(const schema::AgendaItem& item) const {
    const std::string title_lower = schema::to_lower(item.title);
    std::string text;
    for (const auto& section : item.sections) text += section.text + "\n";
    const std::string text_lower = schema::to_lower(text);
    std::vector<std::string> names;
    for (const auto& entry : entries_) {
        if (mentions(entry, title_lower, 1) > 0 ||
            mentions(entry, text_lower, min_text_mentions_) >= min_text_mentions_)
            names.push_back(entry.name);
    }
    return names;
}

}  // namespace rs::indexer

namespace rs::indexer {

std::vector<std::string> VocabularyTagger::tag_title(const schema::AgendaItem& item) const {
    const std::string title_lower = schema::to_lower(item.title);
    std::vector<std::string> names;
    for (const auto& entry : entries_)
        if (mentions(entry, title_lower, 1) > 0) names.push_back(entry.name);
    return names;
}

}  // namespace rs::indexer
