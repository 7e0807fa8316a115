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

void walk_folder(const fs::path& root, std::vector<InputFile>& files, BuildReport& report) {
    std::error_code error;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
    if (error) {
        report.failed.push_back({root.string(), "cannot read folder: " + error.message(), 0});
        return;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (error) {
            report.failed.push_back({root.string(), "cannot read folder: " + error.message(), 0});
            return;
        }
        const fs::path& path = it->path();
        std::error_code type_error;
        if (is_hidden(path)) {
            if (it->is_directory(type_error)) it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(type_error)) continue;
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
        if (error || !fs::exists(status)) {
            report.failed.push_back({input.string(), "no such file or folder", 0});
        } else if (fs::is_directory(status)) {
            walk_folder(input, files, report);
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
    std::sort(report.skipped.begin(), report.skipped.end(),
              [](const FileProblem& a, const FileProblem& b) { return a.file < b.file; });
    return unique;
}

}  // namespace rs::indexer
