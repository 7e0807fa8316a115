#pragma once
// Danish-looking prose: sentences of Zipf-drawn filler words with the item's own subject
// matter woven in (a topic phrase, a project's name, an organisation, an amount, a date).
// The filler carries the term-frequency curve; the woven phrases carry the meaning the
// indexer is to find.

#include <string>
#include <vector>

#include "bench/corpus_generator/danish_calendar.hpp"
#include "bench/corpus_generator/domain_data.hpp"
#include "bench/corpus_generator/random.hpp"
#include "bench/corpus_generator/vocabulary.hpp"
#include "bench/corpus_generator/zipf_sampler.hpp"

namespace rs::corpus_generator {

/// What the sentences of one item may mention.
struct Voice {
    const Topic* topic = nullptr;            ///< Its phrases are woven in; may be null.
    std::string project;                     ///< A project's name as written, "" for none.
    std::vector<std::string> organisations;  ///< "Vejle Kommune", "Sygehus Lillebælt", "PLO".
    int year = 2020;                         ///< Phrases newer than this stay out; dates fall before it.
};

class SentenceWriter {
public:
    /// Writes with `vocabulary`'s words (kept by reference) drawn by rank with `shape`.
    explicit SentenceWriter(const Vocabulary& vocabulary, ZipfShape shape = {});

    /// One filler word.
    const std::string& word(Random& random) const;
    /// `min`–`max` filler words, lowercase, no punctuation: a clause to end a sentence with.
    std::string clause(Random& random, int min, int max) const;
    /// One sentence: capitalised, ending with a full stop.
    std::string sentence(Random& random, const Voice& voice) const;
    /// `min`–`max` sentences.
    std::string paragraph(Random& random, const Voice& voice, int min, int max) const;
    /// An amount as Danish minutes write it: "300.000 kr.", "1,5 mio. kr.", "1.035.458 kr.".
    static std::string amount(Random& random);

private:
    const Vocabulary& vocabulary_;
    ZipfSampler ranks_;
};

}  // namespace rs::corpus_generator
