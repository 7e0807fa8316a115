#pragma once
// The one error a minutes file gives the indexer: its name, the line at fault and why.

#include <stdexcept>
#include <string>

namespace rs::indexer {

/// A file whose structure was not recognised, or that could not be read. what() says
/// why in one line; file() names the file, line() the line at fault (0 if none).
class ParseError : public std::runtime_error {
public:
    ParseError(std::string file, int line, const std::string& reason);
    const std::string& file() const { return file_; }
    int line() const { return line_; }
    const std::string& reason() const { return reason_; }

private:
    std::string file_;
    int line_;
    std::string reason_;
};

}  // namespace rs::indexer
