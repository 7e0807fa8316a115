#pragma once
// The filler words in rank order, most frequent first: the bundled minutes' own words by
// their frequency there, then the Danish dictionary's in a fixed pseudo-random order. A
// ZipfSampler over the ranks gives natural term frequencies.

#include <filesystem>
#include <string>
#include <vector>

#include "bench/corpus_generator/filler_filter.hpp"

namespace rs::corpus_generator {

/// Where the words are read from (see word_sources.hpp for the defaults).
struct VocabularySources {
    std::filesystem::path dictionary;      ///< A hunspell .dic file.
    std::filesystem::path minutes_folder;  ///< Minutes whose word frequencies lead the ranking.
};

class Vocabulary {
public:
    /// Reads both sources, keeps the words `filter` allows; throws std::runtime_error
    /// naming the source that is missing.
    static Vocabulary build(const VocabularySources& sources, const FillerFilter& filter);
    /// A vocabulary of the given words in this rank order (tests).
    explicit Vocabulary(std::vector<std::string> ranked, std::size_t from_minutes = 0);

    /// The word at `rank` (0 the most frequent).
    const std::string& word(std::size_t rank) const { return words_[rank]; }
    std::size_t size() const { return words_.size(); }
    /// How many leading ranks come from the minutes.
    std::size_t from_minutes() const { return from_minutes_; }

private:
    std::vector<std::string> words_;
    std::size_t from_minutes_ = 0;
};

}  // namespace rs::corpus_generator
