#pragma once
// The whole run: plan the corpus, write every meeting's file (in parallel, each meeting
// from its own random stream, so the files do not depend on the number of threads), count
// what was written. Streaming: a worker holds one meeting at a time.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

#include "bench/corpus_generator/corpus_stats.hpp"
#include "bench/corpus_generator/output_format.hpp"
#include "bench/corpus_generator/vocabulary.hpp"

namespace rs::corpus_generator {

struct GeneratorOptions {
    std::size_t items = 0;                ///< Open agenda items in all (exactly).
    std::uint64_t seed = 1;
    std::filesystem::path out;            ///< Created; must not exist or be empty.
    std::vector<OutputFormat> formats;    ///< Allowed formats; all if empty.
    VocabularySources words;              ///< Where the filler words come from.
    unsigned jobs = 2;                    ///< Writer threads (at least 1).
    std::optional<std::filesystem::path> manifest;  ///< Where to write the manifest JSON.
};

/// Writes the corpus `options` describe and returns what it holds. Throws
/// std::invalid_argument for options that cannot be met (a non-empty output folder, too
/// many items), std::runtime_error for a missing word source or a file that cannot be
/// written, schema::DataError for a broken data table.
CorpusStats generate_corpus(const GeneratorOptions& options);

}  // namespace rs::corpus_generator
