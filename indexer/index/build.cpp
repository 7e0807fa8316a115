#include "indexer/index/build.hpp"

#include <exception>

#include <xapian.h>

#include "indexer/index/input_files.hpp"
#include "indexer/parse_error.hpp"

namespace rs::indexer {

namespace {
void record(BuildReport& report, const InputFile& file, FileOutcome outcome) {
    if (!outcome.superseded_by.empty()) {
        report.superseded.push_back({file.path.string(), outcome.meeting, outcome.superseded_by});
    } else {
        ++report.files_indexed;
    }
    report.items_indexed += outcome.items_indexed;
    report.closed_items_skipped += outcome.closed_skipped;
    report.items_deleted += outcome.items_deleted;
    for (auto& warning : outcome.warnings) report.warnings.push_back(std::move(warning));
}
}  // namespace

BuildReport build_index_with(const std::filesystem::path& index_dir, const std::vector<std::filesystem::path>& inputs,
                             const MinutesReader& read, const BuildOptions& options) {
    BuildReport report;
    report.index_dir = index_dir;
    const std::vector<InputFile> files = collect_input_files(inputs, report);
    IndexWriter writer(index_dir, options.commit_every);

    // Order does not matter for the result (agenda/minutes rules are symmetric and sorting
    // is by date value, not by docid), but a sorted walk makes docids and reports repeatable.
    for (const auto& file : files) {
        ++report.files_seen;
        try {
            const std::string bytes = read_file_bytes(file.path, options.max_file_bytes);
            schema::Minutes minutes = read(bytes, file.path);
            // The name the index knows the file by: unique across subfolders, unlike a bare file name.
            minutes.meeting.source = file.source;
            for (const auto& warning : minutes.warnings) report.warnings.push_back(file.path.string() + ": " + warning);
            report.cpr_numbers_removed += minutes.cpr_numbers_removed;
            report.files_with_cpr += minutes.cpr_numbers_removed > 0 ? 1 : 0;
            record(report, file, writer.add_minutes(minutes));
        } catch (const ParseError& e) {
            report.failed.push_back({file.path.string(), e.reason().empty() ? e.what() : e.reason(), e.line()});
        } catch (const Xapian::DatabaseError& e) {
            // The index itself is failing (disk full, corrupt): no later file would fare better.
            throw IndexError("writing the index failed at " + file.path.string() + ": " + e.get_description() +
                             "; the index holds the files committed before it");
        } catch (const Xapian::Error& e) {
            report.failed.push_back({file.path.string(), e.get_description(), 0});
        } catch (const std::exception& e) {
            report.failed.push_back({file.path.string(), e.what(), 0});
        }
    }
    try {
        writer.commit();
    } catch (const Xapian::Error& e) {
        throw IndexError("committing the index failed: " + e.get_description() +
                         "; the index holds the files committed before it");
    }
    report.documents = writer.document_count();
    return report;
}

}  // namespace rs::indexer
