// searchd: serves the search API over HTTP. Parses options, opens the index, binds, prints
// the address and runs until SIGINT/SIGTERM. Exit codes: 0 stopped cleanly, 1 failure
// (index, bind), 2 bad command line.

#include <cstdio>
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>

#include "searchd/http/log.hpp"
#include "searchd/http/searchd_options.hpp"
#include "searchd/http/server.hpp"
#include "searchd/search/xapian_search_service.hpp"

namespace {

using rs::http::log_line;

// Opens the index, turning its failure into a message that names the directory.
std::unique_ptr<rs::search::SearchService> open_index(const std::filesystem::path& dir, unsigned threads) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw std::runtime_error("index directory " + dir.string() + " does not exist or is not a directory");
    try {
        return rs::search::make_xapian_search_service(dir, threads);
    } catch (const std::exception& e) {
        const std::string what = e.what();
        throw std::runtime_error(what.find(dir.string()) != std::string::npos
                                     ? what
                                     : "cannot open the index in " + dir.string() + ": " + what);
    } catch (...) {  // e.g. a Xapian::Error, which is no std::exception
        throw std::runtime_error("cannot open the index in " + dir.string());
    }
}

int run(int argc, char** argv) {
    const auto parsed = rs::http::parse_searchd_options(
        std::span<const char* const>(argv + 1, static_cast<std::size_t>(argc > 0 ? argc - 1 : 0)));
    if (!parsed.ok()) {
        std::cerr << "searchd: " << parsed.error().parameter << ": " << parsed.error().message << "\n\n"
                  << rs::http::searchd_usage();
        return 2;
    }
    const auto& options = parsed.value();
    if (options.help) {
        std::cout << rs::http::searchd_usage();
        return 0;
    }

    const auto service = open_index(options.index_dir, options.threads);
    rs::http::Server server(*service, options.listen, options.site, options.limits, options.log, options.admin);
    server.stop_on_signals();
    // First line of stdout, flushed: scripts and tests read the real port from it.
    std::cout << "searchd listening on " << rs::http::http_url(server.local_address()) << std::endl;
    log_line("searchd: serving " + options.index_dir.string() + " with " + std::to_string(options.threads) +
             " threads");
    server.run(options.threads);
    log_line("searchd: stopped");
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "searchd: " << e.what() << '\n';
    } catch (...) {
        std::cerr << "searchd: unexpected error\n";
    }
    return 1;
}
