#include "bench/corpus_generator/vocabulary.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "bench/corpus_generator/word_sources.hpp"
#include "schema/text/stable_hash.hpp"

namespace rs::corpus_generator {

Vocabulary::Vocabulary(std::vector<std::string> ranked, std::size_t from_minutes)
    : words_(std::move(ranked)), from_minutes_(from_minutes) {
    if (words_.empty()) throw std::runtime_error("a vocabulary needs words");
}

Vocabulary Vocabulary::build(const VocabularySources& sources, const FillerFilter& filter) {
    const std::vector<CountedWord> minutes = read_minutes_vocabulary(sources.minutes_folder);
    const std::vector<std::string> dictionary = read_hunspell_words(sources.dictionary);
    std::vector<std::string> ranked;
    std::set<std::string, std::less<>> taken;
    for (const auto& counted : minutes)
        if (is_plain_lowercase_word(counted.word) && filter.allows(counted.word) && taken.insert(counted.word).second)
            ranked.push_back(counted.word);
    const std::size_t from_minutes = ranked.size();
    // The dictionary has no frequencies: its words take the long tail in an order fixed by
    // a hash of the word, the same on every machine and unrelated to the alphabet.
    std::vector<std::pair<std::uint64_t, std::string>> rest;
    for (const auto& word : dictionary)
        if (!taken.contains(word) && filter.allows(word)) rest.emplace_back(schema::stable_hash(word), word);
    std::sort(rest.begin(), rest.end());
    for (auto& [hash, word] : rest) ranked.push_back(std::move(word));
    return Vocabulary(std::move(ranked), from_minutes);
}

}  // namespace rs::corpus_generator
