#pragma once
// Which files an index build reads: the command line's files and folders, expanded.

#include <filesystem>
#include <string>
#include <vector>

#include "indexer/index/build_report.hpp"

namespace rs::indexer {

/// One minutes file to read.
struct InputFile {
    std::filesystem::path path;  ///< Where to read it.
    std::string source;          ///< Its name in the index: path relative to the folder given, or the file name.
};

/// True for the files read when walking a folder: text and Markdown (.txt, .text, .md,
/// .markdown), web pages (.html, .htm, .xhtml), PDF (.pdf), any case, and files without an
/// extension (saved downloads). The content, not the name, then decides how it is read.
bool is_minutes_file(const std::filesystem::path& path);

/// The files behind `inputs`, sorted by path, each once. Folders are walked recursively,
/// skipping hidden files and folders (".git", ".DS_Store"); files in them whose
/// extension is not one is_minutes_file reads are listed in `report.skipped`. A file named explicitly
/// is read whatever its extension; an input that does not exist goes to `report.failed`.
std::vector<InputFile> collect_input_files(const std::vector<std::filesystem::path>& inputs, BuildReport& report);

}  // namespace rs::indexer
