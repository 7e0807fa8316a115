#include "indexer/check_command.hpp"

#include <ostream>

#include "indexer/index/input_files.hpp"
#include "indexer/read_minutes.hpp"

namespace rs::indexer {

namespace {

std::string or_unknown(const std::string& value, const char* what) {
    return value.empty() ? std::string(what) + " unknown" : value;
}

}  // namespace

int run_check(const std::vector<std::filesystem::path>& inputs, std::ostream& out) {
    BuildReport walk;  // collects what cannot be read as minutes text
    const auto files = collect_input_files(inputs, walk);
    std::size_t failed = walk.failed.size(), unsure = 0;
    for (const auto& problem : walk.failed) out << problem.file << ": not found: " << problem.reason << "\n";
    for (const auto& skipped : walk.skipped) out << skipped.file << ": skipped: " << skipped.reason << "\n";
    for (const auto& file : files) {
        try {
            const schema::Minutes minutes = read_minutes_file(file.path);
            const auto& m = minutes.meeting;
            out << file.path.string() << ": " << minutes.items.size() << (minutes.items.size() == 1 ? " item" : " items")
                << " · " << or_unknown(m.body, "body") << " · " << (m.forum.empty() ? "no forum" : m.forum)
                << " · " << or_unknown(m.date, "date") << " · " << m.kind << "\n";
            for (const auto& warning : minutes.warnings) out << "  warning: " << warning << "\n";
            if (!minutes.warnings.empty()) ++unsure;
        } catch (const ParseError& e) {
            ++failed;
            out << file.path.string() << (e.line() > 0 ? ":" + std::to_string(e.line()) : "")
                << ": not understood: " << e.reason() << "\n";
        }
    }
    out << files.size() << " files: " << files.size() - (failed - walk.failed.size()) - unsure << " clean, " << unsure
        << " with warnings, " << failed << " not understood\n";
    return failed == 0 ? 0 : 1;
}

}  // namespace rs::indexer
