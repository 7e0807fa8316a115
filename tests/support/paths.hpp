#pragma once
// Where tests find the checked-in fixtures and the binaries they run for real.

#include <filesystem>
#include <string>

namespace rs::test {

/// The repository's root folder.
std::filesystem::path source_dir();
/// corpus/: the bundled minutes.
std::filesystem::path corpus_dir();
/// tests/fixtures/.
std::filesystem::path fixtures_dir();
/// The built `indexer` and `searchd` binaries.
std::filesystem::path indexer_binary();
std::filesystem::path searchd_binary();

/// The whole content of a file; fails the current test if it cannot be read.
std::string read_file(const std::filesystem::path& path);

/// A fresh empty directory, removed when the object dies.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

/// Output and exit status of a command run through the shell.
struct CommandResult {
    int status = -1;
    std::string output;  ///< stdout followed by stderr
};
/// Runs `command` with /bin/sh, capturing stdout and stderr.
CommandResult run_command(const std::string& command);

}  // namespace rs::test
