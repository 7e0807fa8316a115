#pragma once
// `indexer build --index DIR [options] PATH...`: the command line around build_index —
// options, a progress bar on a terminal (log lines otherwise), and the report.

#include <iosfwd>
#include <string>
#include <vector>

namespace rs::indexer {

/// Runs the build command with `args` (after "build"). Returns the exit status: 0 when
/// every file was indexed or unchanged, 1 when a file failed, 2 for a usage error
/// (written to `err` with `usage`).
int run_build(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const char* usage);

}  // namespace rs::indexer
