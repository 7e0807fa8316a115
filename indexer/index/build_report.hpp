#pragma once
// What an index build did, for the person who ran it: every file that could not be used
// is named with the reason, nothing is dropped silently.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace rs::indexer {

/// A file that was not indexed, and why.
struct FileProblem {
    std::string file;    ///< Path as found (or as given on the command line).
    std::string reason;  ///< One line.
    int line = 0;        ///< Line at fault, 0 if none.
};

/// An agenda (dagsorden) not indexed because the minutes of its meeting are in the index.
struct SupersededAgenda {
    std::string file;          ///< The agenda file.
    std::string meeting;       ///< Meeting key.
    std::string minutes_file;  ///< Source of the minutes that won.
};

/// What a build did with one file, for the per-file report.
struct FileEntry {
    std::string file;    ///< Path as found, or the source name of a removed file.
    std::string status;  ///< "added", "changed", "unchanged", "superseded", "failed", "removed",
                         ///< "other shard".
    std::size_t items = 0;  ///< Items indexed (added, changed) or removed.
};

/// The outcome of one build_index run.
struct BuildReport {
    std::filesystem::path index_dir;              ///< The index written.
    std::size_t files_seen = 0;                   ///< Minutes files read or tried.
    std::size_t files_indexed = 0;                ///< Files read and indexed in this build (added + changed).
    std::size_t files_added = 0;                  ///< Of those, new to the index.
    std::size_t files_changed = 0;                ///< Of those, in the index before with other content.
    std::size_t files_unchanged = 0;              ///< Not read: same content as when indexed.
    std::size_t files_removed = 0;                ///< Gone from the folders given; items removed (--prune).
    std::size_t files_gone = 0;                   ///< Gone from the folders given, items kept (no --prune).
    std::size_t files_other_shard = 0;            ///< Parsed, and left to the shard their meeting belongs to.
    bool read_everything = false;                 ///< Every file read again: a new indexer, or --force.
    unsigned jobs = 1;                            ///< Parser threads used.
    double seconds = 0;                           ///< Wall time of the build.
    std::uint64_t bytes_read = 0;                 ///< Bytes of the files read.
    std::vector<FileEntry> files;                 ///< Per file, in the order read (removed files first).
    std::vector<FileProblem> failed;              ///< Unreadable or unparsable files; the build went on.
    std::vector<FileProblem> skipped;             ///< Files not read: not minutes text (.pdf, .docx …).
    std::vector<SupersededAgenda> superseded;     ///< Agendas whose meeting has minutes.
    std::size_t items_indexed = 0;                ///< Items added or replaced.
    std::size_t closed_items_skipped = 0;         ///< Closed (lukket/fortrolig) items left out.
    std::size_t cpr_numbers_removed = 0;          ///< CPR numbers replaced before indexing.
    std::size_t files_with_cpr = 0;               ///< Files they were found in.
    std::size_t items_deleted = 0;                ///< Stale items removed (gone from their file, agenda items replaced by minutes).
    /// Oddities worth a look, each naming its file: what the parser is unsure of (no date,
    /// body unknown, forum inferred, items without text, an overlong item), repeated ids.
    std::vector<std::string> warnings;
    std::uint64_t documents = 0;                  ///< Items in the index after the build.
    bool compacted = false;                       ///< Written from nothing, then compacted (compaction.hpp).

    /// True when every file seen was indexed, unchanged or superseded.
    bool ok() const { return failed.empty(); }
};

/// The report as a few human-readable lines, problems listed one per line; with
/// `per_file`, one line per file and what was done with it.
std::string summary(const BuildReport& report, bool per_file = false);

/// The whole report as JSON (`indexer build --json`).
std::string report_json(const BuildReport& report);

}  // namespace rs::indexer
