#pragma once
// `indexer check PATH...`: for an archive owner, which files need a look. Every minutes
// file behind the paths is parsed (nothing is indexed) and printed with what the parser
// understood in one line and what it is unsure of.

#include <filesystem>
#include <iosfwd>
#include <vector>

namespace rs::indexer {

/// Writes one block per file to `out`: "FILE: N items · BODY · FORUM · DATE · KIND", then
/// "  warning: …" lines, or "FILE: not understood: REASON". Ends with a count. Returns 0
/// when every file parsed, 1 when one could not be read or understood.
int run_check(const std::vector<std::filesystem::path>& inputs, std::ostream& out);

}  // namespace rs::indexer
