#include "indexer/index/file_bytes.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "indexer/parse_error.hpp"

namespace rs::indexer {

namespace {

std::string megabytes(std::size_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
    return text;
}

struct Descriptor {
    int fd;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

std::string read_file_bytes(const std::filesystem::path& path, std::size_t max_bytes) {
    Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0) throw ParseError(path.string(), 0, std::string("cannot open the file: ") + std::strerror(errno));
    struct stat status {};
    if (::fstat(file.fd, &status) != 0)
        throw ParseError(path.string(), 0, std::string("cannot read the file: ") + std::strerror(errno));
    if (S_ISDIR(status.st_mode)) throw ParseError(path.string(), 0, "cannot read the file: Is a directory");
    const auto size = static_cast<std::size_t>(status.st_size);
    if (size > max_bytes)
        throw ParseError(path.string(), 0,
                         "the file is " + megabytes(size) + ", larger than the limit of " + megabytes(max_bytes) +
                             " for one minutes file (--max-file-size MB raises it)");
    std::string bytes;
    bytes.resize(size);
    std::size_t done = 0;
    while (done < size) {
        const ssize_t got = ::read(file.fd, bytes.data() + done, size - done);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) throw ParseError(path.string(), 0, std::string("cannot read the file: ") + std::strerror(errno));
        if (got == 0) break;  // shrank while being read: take what is there
        done += static_cast<std::size_t>(got);
    }
    bytes.resize(done);
    return bytes;
}

}  // namespace rs::indexer
