#pragma once
// `indexer parse [--explain] FILE`: what the indexer understood of one file, as JSON
// ({"meeting", "items", "warnings"}) or, with --explain, line by line.

#include <filesystem>
#include <iosfwd>

namespace rs::indexer {

/// Writes the parse of `file` to `out`; returns the exit status (0 ok, 1 not understood).
/// Errors go to `err`, naming the file and the reason.
int run_parse(const std::filesystem::path& file, bool explain, std::ostream& out, std::ostream& err);

}  // namespace rs::indexer
