#include "indexer/index/build_report.hpp"

#include <sstream>

namespace rs::indexer {

std::string summary(const BuildReport& report) {
    std::ostringstream out;
    out << "index " << report.index_dir.string() << ": " << report.documents << " items\n"
        << "files: " << report.files_seen << " read, " << report.files_indexed << " indexed, "
        << report.superseded.size() << " agendas superseded, " << report.failed.size() << " failed, "
        << report.skipped.size() << " skipped\n"
        << "items: " << report.items_indexed << " indexed, " << report.closed_items_skipped
        << " closed left out, " << report.items_deleted << " stale removed\n";
    if (report.cpr_numbers_removed > 0)
        out << "privacy: " << report.cpr_numbers_removed << " CPR numbers in " << report.files_with_cpr
            << " files replaced by [CPR-nummer] before indexing\n";
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

}  // namespace rs::indexer
