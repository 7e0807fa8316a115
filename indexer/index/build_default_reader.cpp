// build_index with the real parser, kept apart from build.cpp so that code using only
// build_index_with (the search tests) links without the parser.
#include "indexer/index/build.hpp"
#include "indexer/read_minutes.hpp"

namespace rs::indexer {

BuildReport build_index(const std::filesystem::path& index_dir, const std::vector<std::filesystem::path>& inputs,
                        const BuildOptions& options) {
    return build_index_with(index_dir, inputs, read_minutes_bytes, options);
}

}  // namespace rs::indexer
