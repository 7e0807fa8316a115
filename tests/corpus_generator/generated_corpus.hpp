#pragma once
// One small generated corpus shared by the tests of this folder (generating it costs about
// a second). Its size and seed can be raised for a longer run:
//   REFERATSOG_GENERATOR_TEST_ITEMS=20000 REFERATSOG_GENERATOR_TEST_SEED=7 ctest -L corpus_generator_tests

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "bench/corpus_generator/corpus_stats.hpp"
#include "bench/corpus_generator/corpus_writer.hpp"
#include "bench/corpus_generator/domain_data.hpp"
#include "bench/corpus_generator/meeting_plan.hpp"
#include "schema/model.hpp"

namespace rs::test {

struct GeneratedCorpus {
    std::filesystem::path folder;
    corpus_generator::GeneratorOptions options;
    corpus_generator::CorpusStats stats;
    corpus_generator::DomainData data;  ///< What `plans` point into.
    std::vector<corpus_generator::MeetingPlan> plans;  ///< The same plan generate_corpus made.
};

/// The shared corpus (generated on first use, removed at exit).
const GeneratedCorpus& shared_corpus();

/// What the indexer reads from each of the shared corpus's files, in plan order (parsed
/// and analysed once); a file it cannot read is missing (its test reports it).
const std::map<std::string, schema::Minutes>& shared_minutes();

/// Options for a corpus of `items` items in `folder` with the default word sources.
corpus_generator::GeneratorOptions generator_options(std::size_t items, std::uint64_t seed,
                                                     const std::filesystem::path& folder);

/// Every file under `folder`, by path relative to it, with its bytes.
std::map<std::string, std::string> read_tree(const std::filesystem::path& folder);

}  // namespace rs::test
