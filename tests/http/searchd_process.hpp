#pragma once
// The real searchd binary as a child process: started, its address read from the first
// line of stdout, signalled and waited for.

#include <chrono>
#include <filesystem>
#include <string>
#include <sys/types.h>
#include <vector>

namespace rs::test {

/// A running searchd; killed (SIGKILL) if still running when destroyed.
class SearchdProcess {
public:
    /// Starts searchd with `args`; stderr goes to `stderr_file`.
    SearchdProcess(const std::vector<std::string>& args, const std::filesystem::path& stderr_file);
    ~SearchdProcess();
    SearchdProcess(const SearchdProcess&) = delete;
    SearchdProcess& operator=(const SearchdProcess&) = delete;

    /// The first line searchd printed, without the newline; "" if it exited or stayed silent
    /// for `timeout`.
    std::string first_line(std::chrono::milliseconds timeout);
    /// Sends `signal`.
    void signal(int signal);
    /// The exit status once it exits within `timeout`: 0..255 for exit codes, 128+N for
    /// death by signal N, -1 if still running.
    int wait(std::chrono::milliseconds timeout);

private:
    pid_t pid_ = -1;
    int stdout_fd_ = -1;
    bool reaped_ = false;
    int status_ = -1;
};

}  // namespace rs::test
