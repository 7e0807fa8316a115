#pragma once
// Compacting an index a build wrote from nothing. Documents arrive in file order, not term
// order, so Xapian's B-trees are left with blocks half full: at 100k items the index took
// 1762 MB, and 1009 MB once compacted (about 15 s of the 281 s the build took). An index updated
// file by file stays as it is: compacting it would rewrite it all for a few changes.
//
// The compact copy is written beside the index and exchanged with it in one step
// (renameat2 RENAME_EXCHANGE), so a reader or a crash sees the old index or the new one,
// never neither; the old one is then deleted.

#include <filesystem>

#include <xapian.h>

namespace rs::indexer {

/// Where the compact copy of the index at `dir` is written, and the old one left until it
/// is deleted: "<dir>.compacting" beside it.
std::filesystem::path compaction_dir(const std::filesystem::path& dir);

/// Writes `db` (the index at `dir`, open for writing with everything committed, so that no
/// other writer can change it meanwhile) compactly and puts the copy in its place. `db`
/// must be closed before the old files are deleted with remove_compaction_leftover.
/// Throws Xapian::Error or std::filesystem::filesystem_error; `dir` is then unchanged.
void compact_in_place(Xapian::WritableDatabase& db, const std::filesystem::path& dir);

/// Deletes what a compaction of `dir` left beside it: the old index after the exchange, or
/// a partial copy after a crash.
void remove_compaction_leftover(const std::filesystem::path& dir);

}  // namespace rs::indexer
