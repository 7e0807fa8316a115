#pragma once
// The whole indexing run: inputs → files → Minutes → index, one bad file never stopping
// the others.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string_view>
#include <vector>

#include "indexer/index/build_report.hpp"
#include "indexer/index/file_bytes.hpp"
#include "indexer/index/index_writer.hpp"
#include "schema/model.hpp"

namespace rs::indexer {

/// Reads one minutes file from its bytes (`path` names it in errors); throws ParseError
/// (or any std::exception) when it cannot.
using MinutesReader = std::function<schema::Minutes(std::string_view bytes, const std::filesystem::path& path)>;

/// How far a build is, after each file (for a progress bar).
struct BuildProgress {
    std::size_t files_done = 0;   ///< Files handled (read, unchanged or failed).
    std::size_t files_total = 0;
    std::size_t items = 0;        ///< Items indexed so far.
    std::size_t failed = 0;
    double seconds = 0;           ///< Since the build started.
};

/// Knobs of a build.
struct BuildOptions {
    std::size_t commit_every = IndexWriter::default_commit_every;  ///< Documents changed between commits.
    std::size_t max_file_bytes = default_max_file_bytes;           ///< Larger files are refused.
    unsigned jobs = 1;            ///< Parser threads (the writer is always one); 0 means one per core.
    bool prune = false;           ///< Remove the items of indexed files gone from the folders given.
    bool force = false;           ///< Read every file, changed or not.
    /// Build shard `shard` of `shard_count` (schema/index_shards.hpp): only the files whose
    /// meeting belongs to it. A file is parsed to learn its meeting, so each shard's build
    /// reads the other shards' files too; an indexed file whose meeting moved to another
    /// shard has its items removed here.
    std::size_t shard = 0;
    std::size_t shard_count = 1;
    /// Compact an index this build wrote from nothing (compaction.hpp).
    bool compact_new_index = true;
    /// Identifies the indexer (binary and built-in data): files indexed by another are read again.
    std::string fingerprint;
    std::function<void(const BuildProgress&)> progress;  ///< Called after each file, on the writer's thread.
};

/// Indexes the minutes files behind `inputs` (files or folders, see collect_input_files)
/// into the index at `index_dir`, read with read_minutes_bytes, parsed on `jobs` threads
/// and written by one. Only files whose content changed since they were indexed are read
/// (see SourceStamp). The index records that the build is incomplete until it has
/// finished (schema/build_state.hpp), so a killed build is visible as such, and running
/// it again completes it. Per-file failures are recorded in the report and the build
/// goes on; throws IndexError only when the index itself cannot be opened or written.
BuildReport build_index(const std::filesystem::path& index_dir, const std::vector<std::filesystem::path>& inputs,
                        const BuildOptions& options = {});

/// build_index with another reader (tests), and options.fingerprint as given.
BuildReport build_index_with(const std::filesystem::path& index_dir, const std::vector<std::filesystem::path>& inputs,
                             const MinutesReader& read, const BuildOptions& options = {});

}  // namespace rs::indexer
