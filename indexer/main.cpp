// indexer: minutes files → Danish Xapian index.
//   indexer parse [--explain] FILE
//   indexer build --index DIR PATH...
//   indexer check PATH...
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/check_command.hpp"
#include "indexer/index/build.hpp"
#include "indexer/parse_command.hpp"

namespace {

constexpr const char* usage =
    "usage: indexer parse [--explain] FILE\n"
    "       indexer build --index DIR PATH...\n"
    "       indexer check PATH...\n"
    "\n"
    "  parse   print what the indexer understood of one minutes file (JSON);\n"
    "          --explain prints every line with the kind and pattern the parser gave it\n"
    "  build   build or update the index in DIR from files and folders (recursively)\n"
    "  check   parse files and folders without indexing; print per file what the parser\n"
    "          understood and what it is unsure of (exit 1 if a file is not understood)\n";

int usage_error(const std::string& message) {
    std::cerr << "indexer: " << message << "\n\n" << usage;
    return 2;
}

int parse_command(const std::vector<std::string>& args) {
    bool explain = false;
    std::string file;
    for (const auto& arg : args) {
        if (arg == "--explain") explain = true;
        else if (arg.rfind("--", 0) == 0) return usage_error("unknown option " + arg);
        else if (file.empty()) file = arg;
        else return usage_error("parse takes one FILE, got a second: " + arg);
    }
    if (file.empty()) return usage_error("parse needs a FILE");
    return rs::indexer::run_parse(file, explain, std::cout, std::cerr);
}

int build_command(const std::vector<std::string>& args) {
    std::string index;
    std::vector<std::filesystem::path> inputs;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--index") {
            if (i + 1 >= args.size()) return usage_error("--index needs a DIR");
            index = args[++i];
        } else if (args[i].rfind("--index=", 0) == 0) {
            index = args[i].substr(8);
        } else if (args[i].rfind("--", 0) == 0) {
            return usage_error("unknown option " + args[i]);
        } else {
            inputs.emplace_back(args[i]);
        }
    }
    if (index.empty()) return usage_error("build needs --index DIR");
    if (inputs.empty()) return usage_error("build needs at least one file or folder");
    rs::indexer::BuildReport report = rs::indexer::build_index(index, inputs);
    std::cout << rs::indexer::summary(report);
    return report.ok() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << usage;
        return args.empty() ? 2 : 0;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    try {
        if (command == "parse") return parse_command(args);
        if (command == "build") return build_command(args);
        if (command == "check") {
            std::vector<std::filesystem::path> inputs;
            for (const auto& arg : args) {
                if (arg.rfind("--", 0) == 0) return usage_error("unknown option " + arg);
                inputs.emplace_back(arg);
            }
            if (inputs.empty()) return usage_error("check needs at least one file or folder");
            return rs::indexer::run_check(inputs, std::cout);
        }
        return usage_error("unknown command " + command);
    } catch (const Xapian::Error& e) {
        std::cerr << "indexer: index error: " << e.get_description() << "\n";
    } catch (const std::exception& e) {
        std::cerr << "indexer: " << e.what() << "\n";
    }
    return 1;
}
