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

/// Knobs of a build.
struct BuildOptions {
    std::size_t commit_every = IndexWriter::default_commit_every;  ///< Documents changed between commits.
    std::size_t max_file_bytes = default_max_file_bytes;           ///< Larger files are refused.
};

/// Indexes the minutes files behind `inputs` (files or folders, see collect_input_files)
/// into the index at `index_dir`, read with read_minutes_bytes. Per-file failures are
/// recorded in the report and the build goes on; throws IndexError only when the index
/// itself cannot be opened or written.
BuildReport build_index(const std::filesystem::path& index_dir, const std::vector<std::filesystem::path>& inputs,
                        const BuildOptions& options = {});

/// build_index with another reader (tests, other formats).
BuildReport build_index_with(const std::filesystem::path& index_dir, const std::vector<std::filesystem::path>& inputs,
                             const MinutesReader& read, const BuildOptions& options = {});

}  // namespace rs::indexer
