// generate_corpus: a deterministic synthetic archive of minutes for benchmarks.
//   generate_corpus --items N --out DIR [--seed S] [--formats text,markdown,html] [--manifest FILE]
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "bench/corpus_generator/command_line.hpp"

int main(int argc, char** argv) {
    using namespace rs::corpus_generator;
    try {
        const CommandLine command = parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
        if (command.help) {
            std::cout << usage_text;
            return 0;
        }
        const CorpusStats stats = generate_corpus(command.options);
        std::cout << stats.summary_line() << "\n";
        return 0;
    } catch (const UsageError& e) {
        std::cerr << "generate_corpus: " << e.what() << "\n\n" << usage_text;
        return 2;
    } catch (const std::invalid_argument& e) {
        std::cerr << "generate_corpus: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "generate_corpus: " << e.what() << "\n";
        return 1;
    }
}
