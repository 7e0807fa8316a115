// build_index with the real parser, kept apart from build.cpp so that code using only
// build_index_with (the search tests) links without the parser.
#include "indexer/index/build.hpp"
#include "indexer/read_minutes.hpp"

namespace rs::indexer {

namespace {
// The running indexer's own bytes: its code and the vocabularies compiled into it. A
// file indexed by another indexer may have been read differently, so it is read again.
std::string executable_fingerprint() {
    try {
        return content_hash(read_file_bytes("/proc/self/exe", std::size_t{1} << 30));
    } catch (const std::exception&) {
        return "unknown";
    }
}
}  // namespace

BuildReport build_index(const std::filesystem::path& index_dir, const std::vector<std::filesystem::path>& inputs,
                        const BuildOptions& options) {
    BuildOptions with_fingerprint = options;
    if (with_fingerprint.fingerprint.empty()) with_fingerprint.fingerprint = executable_fingerprint();
    return build_index_with(index_dir, inputs, read_minutes_bytes, with_fingerprint);
}

}  // namespace rs::indexer
