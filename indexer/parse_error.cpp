#include "indexer/parse_error.hpp"

namespace rs::indexer {

namespace {
std::string describe(const std::string& file, int line, const std::string& reason) {
    std::string out = file;
    if (line > 0) out.append(":").append(std::to_string(line));
    return out.append(": ").append(reason);
}
}  // namespace

ParseError::ParseError(std::string file, int line, const std::string& reason)
    : std::runtime_error(describe(file, line, reason)),
      file_(std::move(file)),
      line_(line),
      reason_(reason) {}

}  // namespace rs::indexer
