#include "indexer/index/build_report.hpp"

#include <iomanip>
#include <sstream>

#include <nlohmann/json.hpp>

namespace rs::indexer {

namespace {
nlohmann::ordered_json problems_json(const std::vector<FileProblem>& problems) {
    auto out = nlohmann::ordered_json::array();
    for (const auto& p : problems) out.push_back({{"file", p.file}, {"line", p.line}, {"reason", p.reason}});
    return out;
}
}  // namespace

std::string summary(const BuildReport& report, bool per_file) {
    std::ostringstream out;
    out << "index " << report.index_dir.string() << ": " << report.documents << " items\n"
        << "files: " << report.files_seen << " seen: " << report.files_added << " added, " << report.files_changed
        << " changed, " << report.files_unchanged << " unchanged, " << report.files_removed << " removed, "
        << report.superseded.size() << " agendas superseded, " << report.failed.size() << " failed, "
        << report.skipped.size() << " skipped";
    if (report.files_other_shard > 0) out << ", " << report.files_other_shard << " for other shards";
    out << "\n"
        << "items: " << report.items_indexed << " indexed, " << report.closed_items_skipped
        << " closed left out, " << report.items_deleted << " stale removed\n";
    if (report.files_indexed == 0 && report.files_removed == 0 && report.failed.empty() && report.files_unchanged > 0)
        out << "nothing to do: every file is unchanged since it was indexed\n";
    if (report.read_everything && report.files_seen > 0) out << "every file was read again (a new indexer, or --force)\n";
    if (report.compacted) out << "a new index: compacted\n";
    if (report.files_gone > 0)
        out << "gone from the folders given: " << report.files_gone << " indexed files; --prune removes their items\n";
    out << std::fixed << std::setprecision(1) << "time: " << report.seconds << " s with " << report.jobs
        << (report.jobs == 1 ? " parser thread" : " parser threads");
    if (report.seconds > 0 && report.files_indexed > 0)
        out << ", " << static_cast<double>(report.files_indexed) / report.seconds << " files/s, "
            << static_cast<double>(report.items_indexed) / report.seconds << " items/s, "
            << static_cast<double>(report.bytes_read) / (1 << 20) / report.seconds << " MB/s";
    out << '\n';
    if (report.cpr_numbers_removed > 0)
        out << "privacy: " << report.cpr_numbers_removed << " CPR numbers in " << report.files_with_cpr
            << " files replaced by [CPR-nummer] before indexing\n";
    if (per_file)
        for (const auto& f : report.files) {
            out << f.status << ": " << f.file;
            if (f.items > 0) out << " (" << f.items << " items)";
            out << '\n';
        }
    for (const auto& p : report.failed) {
        out << "failed: " << p.file;
        if (p.line > 0) out << ':' << p.line;
        out << ": " << p.reason << '\n';
    }
    for (const auto& p : report.skipped) out << "skipped: " << p.file << ": " << p.reason << '\n';
    for (const auto& s : report.superseded)
        out << "superseded: " << s.file << " (agenda of " << s.meeting << "; minutes in " << s.minutes_file << ")\n";
    for (const auto& w : report.warnings) out << "warning: " << w << '\n';
    return out.str();
}

std::string report_json(const BuildReport& report) {
    nlohmann::ordered_json out{
        {"index", report.index_dir.string()},
        {"ok", report.ok()},
        {"items", report.documents},
        {"files",
         {{"seen", report.files_seen},
          {"added", report.files_added},
          {"changed", report.files_changed},
          {"unchanged", report.files_unchanged},
          {"removed", report.files_removed},
          {"gone", report.files_gone},
          {"other_shard", report.files_other_shard},
          {"superseded", report.superseded.size()},
          {"failed", report.failed.size()},
          {"skipped", report.skipped.size()}}},
        {"items_indexed", report.items_indexed},
        {"closed_items_skipped", report.closed_items_skipped},
        {"items_deleted", report.items_deleted},
        {"cpr_numbers_removed", report.cpr_numbers_removed},
        {"read_everything", report.read_everything},
        {"compacted", report.compacted},
        {"jobs", report.jobs},
        {"seconds", report.seconds},
        {"bytes_read", report.bytes_read},
    };
    auto files = nlohmann::ordered_json::array();
    for (const auto& f : report.files) files.push_back({{"file", f.file}, {"status", f.status}, {"items", f.items}});
    out["per_file"] = std::move(files);
    out["failed"] = problems_json(report.failed);
    out["skipped"] = problems_json(report.skipped);
    auto superseded = nlohmann::ordered_json::array();
    for (const auto& s : report.superseded)
        superseded.push_back({{"file", s.file}, {"meeting", s.meeting}, {"minutes_file", s.minutes_file}});
    out["superseded"] = std::move(superseded);
    out["warnings"] = report.warnings;
    return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace rs::indexer
