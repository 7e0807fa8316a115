#include "tests/corpus_generator/generated_corpus.hpp"

#include <cstdlib>
#include <memory>

#include "bench/corpus_generator/word_sources.hpp"
#include "indexer/read_minutes.hpp"
#include "tests/support/paths.hpp"

namespace rs::test {

namespace fs = std::filesystem;
namespace cg = rs::corpus_generator;

namespace {

std::size_t from_environment(const char* name, std::size_t fallback) {
    const char* value = std::getenv(name);
    return value && *value ? static_cast<std::size_t>(std::strtoull(value, nullptr, 10)) : fallback;
}

}  // namespace

cg::GeneratorOptions generator_options(std::size_t items, std::uint64_t seed, const fs::path& folder) {
    cg::GeneratorOptions options;
    options.items = items;
    options.seed = seed;
    options.out = folder;
    options.words = {cg::default_dictionary, corpus_dir()};
    options.jobs = 2;
    return options;
}

const GeneratedCorpus& shared_corpus() {
    static const std::unique_ptr<TempDir> dir = std::make_unique<TempDir>();
    static const GeneratedCorpus corpus = [] {
        GeneratedCorpus c;
        c.folder = dir->path() / "corpus";
        c.options = generator_options(from_environment("REFERATSOG_GENERATOR_TEST_ITEMS", 400),
                                      from_environment("REFERATSOG_GENERATOR_TEST_SEED", 20250428), c.folder);
        c.options.manifest = dir->path() / "manifest.json";
        c.stats = cg::generate_corpus(c.options);
        c.data = cg::DomainData::load();
        c.plans = cg::plan_corpus(c.data, {c.options.items, c.options.seed, c.options.formats});
        return c;
    }();
    return corpus;
}

const std::map<std::string, schema::Minutes>& shared_minutes() {
    static const std::map<std::string, schema::Minutes> minutes = [] {
        std::map<std::string, schema::Minutes> read;
        const auto& corpus = shared_corpus();
        for (const auto& plan : corpus.plans) {
            try {
                read.emplace(plan.path, indexer::read_minutes_file(corpus.folder / plan.path));
            } catch (const std::exception&) {
            }
        }
        return read;
    }();
    return minutes;
}

std::map<std::string, std::string> read_tree(const fs::path& folder) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.is_regular_file()) files[entry.path().lexically_relative(folder).generic_string()] = read_file(entry.path());
    return files;
}

}  // namespace rs::test
