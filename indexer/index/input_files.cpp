#include "indexer/index/input_files.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "schema/text/unicode.hpp"

namespace rs::indexer {

namespace fs = std::filesystem;

namespace {
bool is_hidden(const fs::path& path) {
    const std::string name = path.filename().string();
    return !name.empty() && name.front() == '.';
}

// Walks one folder and its subfolders. A folder that cannot be read, or an entry whose
// type cannot be told (a symlink loop, a dangling link), is reported with the system's
// reason and the walk goes on with the rest.
void walk_folder(const fs::path& root, const fs::path& folder, std::vector<InputFile>& files, BuildReport& report,
                 std::set<fs::path>& folders_seen) {
    std::error_code error;
    const fs::path canonical = fs::canonical(folder, error);
    if (!error && !folders_seen.insert(canonical).second) return;  // a link back to a folder already walked
    fs::directory_iterator it(folder, error);
    if (error) {
        report.failed.push_back({folder.string(), "cannot read the folder: " + error.message(), 0});
        return;
    }
    std::vector<fs::directory_entry> entries;
    for (; it != fs::directory_iterator(); it.increment(error)) {
        if (error) break;
        entries.push_back(*it);
    }
    if (error) report.failed.push_back({folder.string(), "cannot read the whole folder: " + error.message(), 0});
    for (const auto& entry : entries) {
        const fs::path& path = entry.path();
        if (is_hidden(path)) continue;
        std::error_code type_error;
        const fs::file_status status = entry.status(type_error);
        if (type_error) {
            report.failed.push_back({path.string(), "cannot tell what it is: " + type_error.message(), 0});
            continue;
        }
        if (fs::is_directory(status)) {
            walk_folder(root, path, files, report, folders_seen);
            continue;
        }
        if (!fs::is_regular_file(status)) continue;  // sockets, devices, pipes
        if (!is_minutes_file(path)) {
            report.skipped.push_back({path.string(), "not a format the indexer reads (" + path.extension().string() +
                                                         "): save it as PDF, HTML or text", 0});
            continue;
        }
        files.push_back({path, path.lexically_relative(root).generic_string()});
    }
}
}  // namespace

bool is_minutes_file(const fs::path& path) {
    static const std::set<std::string> extensions = {"",      ".txt", ".text", ".md",    ".markdown",
                                                     ".html", ".htm", ".xhtml", ".pdf"};
    return extensions.contains(schema::to_lower(path.extension().string()));
}

std::vector<InputFile> collect_input_files(const std::vector<fs::path>& inputs, BuildReport& report) {
    std::vector<InputFile> files;
    for (const auto& input : inputs) {
        std::error_code error;
        const auto status = fs::status(input, error);
        if (status.type() == fs::file_type::not_found) {
            report.failed.push_back({input.string(), "no such file or folder", 0});
        } else if (error) {
            report.failed.push_back({input.string(), "cannot open it: " + error.message(), 0});
        } else if (fs::is_directory(status)) {
            std::set<fs::path> folders_seen;
            walk_folder(input, input, files, report, folders_seen);
        } else {
            files.push_back({input, input.filename().string()});
        }
    }
    std::stable_sort(files.begin(), files.end(),
                     [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
    // The same file reached twice (a folder and a file in it) is read once.
    std::set<fs::path> seen;
    std::vector<InputFile> unique;
    for (auto& file : files) {
        std::error_code error;
        fs::path key = fs::weakly_canonical(file.path, error);
        if (error) key = file.path;
        if (seen.insert(key).second) unique.push_back(std::move(file));
    }
    // The source name is how the index knows a file's items (re-indexing a file replaces
    // them), so two files must never share one: "2024/referat.txt" given as a folder and
    // "2025/referat.txt" given as another would otherwise delete each other's items.
    std::map<std::string, std::size_t> names;
    for (const auto& file : unique) ++names[file.source];
    for (auto& file : unique) {
        if (names[file.source] < 2) continue;
        report.warnings.push_back("more than one input file is called " + file.source + ": indexed as " +
                                  file.path.generic_string());
        file.source = file.path.generic_string();
    }
    const auto by_file = [](const FileProblem& a, const FileProblem& b) { return a.file < b.file; };
    std::sort(report.skipped.begin(), report.skipped.end(), by_file);
    std::stable_sort(report.failed.begin(), report.failed.end(), by_file);
    return unique;
}

}  // namespace rs::indexer
