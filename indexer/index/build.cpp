#include "indexer/index/build.hpp"

#include <chrono>
#include <exception>
#include <set>
#include <thread>

#include <xapian.h>

#include "indexer/index/input_files.hpp"
#include "indexer/index/ordered_parallel.hpp"
#include "indexer/parse_error.hpp"
#include "schema/ids.hpp"
#include "schema/index_shards.hpp"

namespace rs::indexer {

namespace fs = std::filesystem;

namespace {

/// Parsed files waiting for the writer, per parser thread: bounds memory.
constexpr std::size_t window_per_job = 4;

/// What a parser thread hands the writer for one file.
struct ReadFile {
    enum class Kind { unchanged, parsed, failed } kind = Kind::failed;
    schema::Minutes minutes;
    SourceStamp stamp;
    FileProblem problem;
    std::size_t bytes = 0;
};

std::string absolute_path(const fs::path& path) {
    std::error_code error;
    const fs::path canonical = fs::weakly_canonical(fs::absolute(path), error);
    return (error ? fs::absolute(path) : canonical).string();
}

bool is_under(const std::string& path, const std::vector<std::string>& folders) {
    for (const auto& folder : folders)
        if (path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 && path[folder.size()] == '/')
            return true;
    return false;
}

// Reads, hashes and (unless unchanged) parses one file; never throws.
ReadFile read_one(const InputFile& file, const std::map<std::string, SourceStamp>& stamps, bool read_everything,
                  const MinutesReader& read, const BuildOptions& options) {
    ReadFile out;
    try {
        const std::string bytes = read_file_bytes(file.path, options.max_file_bytes);
        out.bytes = bytes.size();
        out.stamp = {file.source, content_hash(bytes), absolute_path(file.path)};
        const auto known = stamps.find(file.source);
        if (!read_everything && known != stamps.end() && known->second.hash == out.stamp.hash &&
            known->second.path == out.stamp.path) {
            out.kind = ReadFile::Kind::unchanged;
            return out;
        }
        out.minutes = read(bytes, file.path);
        // The name the index knows the file by: unique across subfolders, unlike a bare file name.
        out.minutes.meeting.source = file.source;
        out.kind = ReadFile::Kind::parsed;
    } catch (const ParseError& e) {
        out.problem = {file.path.string(), e.reason().empty() ? e.what() : e.reason(), e.line()};
    } catch (const std::exception& e) {
        out.problem = {file.path.string(), e.what(), 0};
    }
    return out;
}

void record(BuildReport& report, const InputFile& file, const FileOutcome& outcome, bool was_indexed) {
    if (!outcome.superseded_by.empty()) {
        report.superseded.push_back({file.path.string(), outcome.meeting, outcome.superseded_by});
        report.files.push_back({file.path.string(), "superseded", 0});
    } else {
        ++report.files_indexed;
        ++(was_indexed ? report.files_changed : report.files_added);
        report.files.push_back({file.path.string(), was_indexed ? "changed" : "added", outcome.items_indexed});
    }
    report.items_indexed += outcome.items_indexed;
    report.closed_items_skipped += outcome.closed_skipped;
    report.items_deleted += outcome.items_deleted;
    for (const auto& warning : outcome.warnings) report.warnings.push_back(warning);
}

// Removes (with --prune) or counts the indexed files under the folders given that this
// build did not find. Done before any file is read, so that an agenda whose minutes are
// removed is indexed again in the same build.
void prune_gone(IndexWriter& writer, const std::map<std::string, SourceStamp>& stamps,
                const std::vector<fs::path>& inputs, const std::vector<InputFile>& files, bool prune,
                BuildReport& report) {
    std::vector<std::string> folders;
    for (const auto& input : inputs) {
        std::error_code error;
        if (fs::is_directory(input, error)) folders.push_back(absolute_path(input));
    }
    std::set<std::string> found;
    for (const auto& file : files) found.insert(file.source);
    for (const auto& [source, stamp] : stamps) {
        if (found.contains(source) || !is_under(stamp.path, folders)) continue;
        if (!prune) {
            ++report.files_gone;
            continue;
        }
        const std::size_t items = writer.remove_source(source);
        ++report.files_removed;
        report.items_deleted += items;
        report.files.push_back({stamp.path, "removed", items});
    }
}

}  // namespace

BuildReport build_index_with(const fs::path& index_dir, const std::vector<fs::path>& inputs, const MinutesReader& read,
                             const BuildOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
    BuildReport report;
    report.index_dir = index_dir;
    report.jobs = options.jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : options.jobs;
    const std::vector<InputFile> files = collect_input_files(inputs, report);
    IndexWriter writer(index_dir, options.commit_every);
    const std::map<std::string, SourceStamp> stamps = writer.source_stamps();
    report.read_everything = !stamps.empty() && (options.force || writer.indexer_fingerprint() != options.fingerprint);

    schema::BuildState state{false, files.size(), 0, schema::utc_now(), ""};
    try {
        // Readers see "incomplete" from the first commit of this build until its last.
        writer.record_build_state(state);
        writer.commit();
        prune_gone(writer, stamps, inputs, files, options.prune, report);
    } catch (const Xapian::Error& e) {
        throw IndexError("writing the index failed: " + e.get_description());
    }

    BuildProgress progress{0, files.size(), 0, report.failed.size(), 0};
    const std::function<ReadFile(std::size_t)> produce = [&](std::size_t i) {
        return read_one(files[i], stamps, report.read_everything, read, options);
    };
    const std::function<void(std::size_t, ReadFile&&)> consume = [&](std::size_t i, ReadFile&& done) {
        const InputFile& file = files[i];
        ++report.files_seen;
        report.bytes_read += done.bytes;
        switch (done.kind) {
            case ReadFile::Kind::unchanged:
                ++report.files_unchanged;
                report.files.push_back({file.path.string(), "unchanged", 0});
                break;
            case ReadFile::Kind::failed:
                report.failed.push_back(std::move(done.problem));
                report.files.push_back({file.path.string(), "failed", 0});
                break;
            case ReadFile::Kind::parsed: {
                const schema::Minutes& minutes = done.minutes;
                if (schema::shard_of_meeting(schema::meeting_key(minutes.meeting), options.shard_count) != options.shard) {
                    // Another shard's meeting. Held here before, its meeting has changed: its items go.
                    const std::size_t removed = stamps.contains(file.source) ? writer.remove_source(file.source) : 0;
                    report.items_deleted += removed;
                    ++report.files_other_shard;
                    report.files.push_back({file.path.string(), "other shard", removed});
                    break;
                }
                for (const auto& warning : minutes.warnings) report.warnings.push_back(file.path.string() + ": " + warning);
                report.cpr_numbers_removed += minutes.cpr_numbers_removed;
                report.files_with_cpr += minutes.cpr_numbers_removed > 0 ? 1 : 0;
                try {
                    record(report, file, writer.add_minutes(minutes, &done.stamp), stamps.contains(file.source));
                } catch (const Xapian::DatabaseError& e) {
                    // The index itself is failing (disk full, corrupt): no later file would fare better.
                    throw IndexError("writing the index failed at " + file.path.string() + ": " + e.get_description() +
                                     "; the index holds the files committed before it");
                } catch (const Xapian::Error& e) {
                    report.failed.push_back({file.path.string(), e.get_description(), 0});
                    report.files.push_back({file.path.string(), "failed", 0});
                }
                break;
            }
        }
        state.files_done = i + 1;
        writer.record_build_state(state);  // durable with the next commit
        progress = {i + 1, files.size(), report.items_indexed, report.failed.size(), elapsed()};
        if (options.progress) options.progress(progress);
    };
    ordered_parallel<ReadFile>(files.size(), report.jobs, window_per_job * report.jobs, produce, consume);

    try {
        state.complete = true;
        state.finished = schema::utc_now();
        writer.record_build_state(state);
        writer.set_indexer_fingerprint(options.fingerprint);
        writer.commit();
    } catch (const Xapian::Error& e) {
        throw IndexError("committing the index failed: " + e.get_description() +
                         "; the index holds the files committed before it");
    }
    report.documents = writer.document_count();
    if (options.compact_new_index && stamps.empty() && report.items_indexed > 0) {
        try {
            writer.compact_and_close();
            report.compacted = true;
        } catch (const Xapian::Error& e) {
            // The index is complete and as committed; it only takes more room than it could.
            report.warnings.push_back(index_dir.string() + ": not compacted: " + e.get_description());
        } catch (const std::exception& e) {
            report.warnings.push_back(index_dir.string() + ": not compacted: " + e.what());
        }
    }
    report.seconds = elapsed();
    return report;
}

}  // namespace rs::indexer
