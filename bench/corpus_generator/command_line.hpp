#pragma once
// generate_corpus's command line, parsed once into GeneratorOptions. A bad argument is a
// UsageError naming the parameter; main turns it into exit status 2.

#include <stdexcept>
#include <string>
#include <vector>

#include "bench/corpus_generator/corpus_writer.hpp"

namespace rs::corpus_generator {

/// An argument that cannot be used; the message names the parameter.
class UsageError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/// What the command line asks for.
struct CommandLine {
    bool help = false;
    GeneratorOptions options;
};

/// Parses the arguments after the program name; throws UsageError.
CommandLine parse_command_line(const std::vector<std::string>& args);

/// The usage text.
extern const char* const usage_text;

}  // namespace rs::corpus_generator
