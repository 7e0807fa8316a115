#pragma once
// One input file's bytes, read once for hashing and parsing, with the system's reason
// when it cannot be read and a size limit that keeps a stray disk image out.

#include <cstddef>
#include <filesystem>
#include <string>

namespace rs::indexer {

/// Files larger than this are refused unless the build is told otherwise (--max-file-size).
inline constexpr std::size_t default_max_file_bytes = 64u << 20;

/// The content of `path`. Throws ParseError(path, 0, reason): the reason from the system
/// ("Permission denied", "Is a directory"), or the size against the limit.
std::string read_file_bytes(const std::filesystem::path& path, std::size_t max_bytes = default_max_file_bytes);

}  // namespace rs::indexer
