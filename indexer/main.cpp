// indexer: minutes files → Danish Xapian index.
//   indexer parse [--explain] FILE
//   indexer build --index DIR [--jobs N] [--prune] [--force] [--quiet|--json] [--files] PATH...
//   indexer check PATH...
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/check_command.hpp"
#include "indexer/build_command.hpp"
#include "indexer/parse_command.hpp"

namespace {

constexpr const char* usage =
    "usage: indexer parse [--explain] FILE\n"
    "       indexer build --index DIR [options] PATH...\n"
    "       indexer check PATH...\n"
    "\n"
    "  parse   print what the indexer understood of one minutes file (JSON);\n"
    "          --explain prints every line with the kind and pattern the parser gave it\n"
    "  build   build or update the index in DIR from files and folders (recursively):\n"
    "          text, Markdown, web pages and PDFs; only files changed since they were\n"
    "          indexed are read\n"
    "            --jobs N            parser threads (default 0: one per core)\n"
    "            --prune             remove the items of indexed files gone from the folders\n"
    "            --force             read every file, changed or not\n"
    "            --no-compact        leave a new index as written (it is compacted by default)\n"
    "            --max-file-size MB  refuse larger files (default 64)\n"
    "            --commit-every N    make the index durable every N changed items (default 1000)\n"
    "            --shard K/N         build shard K (from 0) of N: only files of its meetings\n"
    "            --files             list every file and what was done with it\n"
    "            --quiet             print only what failed;  --json  the report as JSON\n"
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
        if (command == "build") return rs::indexer::run_build(args, std::cout, std::cerr, usage);
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
