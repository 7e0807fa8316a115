#pragma once
// The one writer of an index directory. Each file's items land in one transaction, so
// the index never holds half a file; commits come in batches and at the end, and a crash
// leaves the index at its last commit.
//
// What the index holds for a file is exactly what the file's latest version contributes:
// - items are replaced by their "Q"+id term, so indexing the same files again changes
//   nothing (same documents, same ids);
// - items that came from the same file (XSOURCE) and are no longer in it are deleted;
// - minutes (referat) of a meeting delete the agenda (dagsorden) items of that meeting;
// - an agenda of a meeting whose minutes came from another file is skipped (superseded);
// - closed items are never indexed, and delete an earlier open version of themselves;
// - a file's source stamp (content hash, path) is written in the file's transaction, so a
//   later build can skip an unchanged file knowing its items are all there.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/index/document_builder.hpp"
#include "indexer/index/source_stamp.hpp"
#include "schema/build_state.hpp"
#include "schema/model.hpp"

namespace rs::indexer {

/// The index cannot be written: another schema version, locked by another writer, or
/// not an index at all. what() says which and what to do.
class IndexError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// What add_minutes did with one file.
struct FileOutcome {
    std::string meeting;                ///< Meeting key (lowercased) the file describes.
    std::size_t items_indexed = 0;      ///< Documents added or replaced.
    std::size_t closed_skipped = 0;     ///< Closed items left out.
    std::size_t items_deleted = 0;      ///< Stale documents removed.
    std::string superseded_by;          ///< Set when an agenda was skipped: source of the meeting's minutes.
    std::vector<std::string> warnings;  ///< Repeated item ids, no open items.
};

/// Writes minutes into the Xapian index at one directory; not thread-safe.
class IndexWriter {
public:
    /// Documents changed between two automatic commits.
    static constexpr std::size_t default_commit_every = 1000;

    /// Opens the index at `dir`, creating it (and the directory) if needed, and records
    /// the schema version in a new index. Throws IndexError.
    explicit IndexWriter(const std::filesystem::path& dir, std::size_t commit_every = default_commit_every);

    /// Indexes one file's minutes in one transaction (see the rules above), with its
    /// `stamp` if given. Throws Xapian::Error if the index cannot be written; the file's
    /// changes are then undone.
    FileOutcome add_minutes(const schema::Minutes& minutes, const SourceStamp* stamp = nullptr);

    /// Deletes every item of `source` and its stamp, in one transaction; returns how many items.
    std::size_t remove_source(const std::string& source);

    /// The stamps of every source in the index, by source name.
    std::map<std::string, SourceStamp> source_stamps() const;

    /// The fingerprint of the indexer that last completed a build ("" if none).
    std::string indexer_fingerprint() const;
    void set_indexer_fingerprint(const std::string& fingerprint);

    /// Records how far the build got; made durable by the next commit.
    void record_build_state(const schema::BuildState& state);

    /// Makes everything added so far durable and visible to readers.
    void commit();

    /// Documents in the index, uncommitted changes included.
    std::uint64_t document_count() const;
    /// Commits, rewrites the index compactly in its place (compaction.hpp) and closes the
    /// writer: nothing else may be called after. Throws Xapian::Error or
    /// std::filesystem::filesystem_error, the index then as committed.
    void compact_and_close();

private:
    /// Source of indexed minutes of the meeting from another file than `source`, if any.
    std::optional<std::string> minutes_source(const std::string& meeting_term, const std::string& source) const;
    /// Documents the file's new version drops: from its source, or agenda items of its
    /// meeting when it is minutes, whose id term is not in `keep`.
    std::set<Xapian::docid> stale_documents(const schema::Meeting& meeting, const std::set<std::string>& keep) const;
    /// Deletes every document of `source` (inside the caller's transaction); returns how many.
    std::size_t delete_source_documents(const std::string& source);
    /// Adds `changes` to the pending count and commits when the batch is full.
    void count_changes(std::size_t changes);

    std::filesystem::path dir_;
    Xapian::WritableDatabase db_;
    DocumentBuilder builder_;
    std::size_t commit_every_;
    std::size_t pending_ = 0;  ///< Documents changed since the last commit.
};

}  // namespace rs::indexer
