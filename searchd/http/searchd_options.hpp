#pragma once
// searchd's command line, parsed by hand (five options do not warrant a library), kept
// here rather than in main.cpp so that tests can check it.

#include <filesystem>
#include <optional>
#include <span>
#include <string_view>

#include "searchd/http/admin_token.hpp"
#include "searchd/http/listen_address.hpp"
#include "searchd/http/parsed.hpp"
#include "searchd/http/log.hpp"
#include "searchd/http/server_limits.hpp"
#include "searchd/http/site_options.hpp"

namespace rs::http {

/// What `searchd --index DIR [--listen HOST:PORT] [--threads N] [--allow-origin URL]…
/// [--frame-ancestor URL]… [--public-url URL] [--max-connections N] [--log-queries]
/// [--log-format text|json] [--admin-token-file FILE]` asks for.
struct SearchdOptions {
    std::filesystem::path index_dir;  ///< Required.
    ListenAddress listen;             ///< Default 127.0.0.1:8080.
    unsigned threads = 0;             ///< Request threads; 0 until defaulted to the core count.
    SiteOptions site;                 ///< --allow-origin (repeatable) and --public-url.
    ServerLimits limits;              ///< --max-connections; the rest at their defaults.
    LogOptions log;                   ///< --log-queries, --log-format.
    AdminOptions admin;               ///< --admin-token-file (or the file's [admin] token).
    bool help = false;                ///< --help or -h: print usage and exit 0.

    static constexpr unsigned max_threads = 256;
};

/// The options in `args` (argv without argv[0]); "--opt value" and "--opt=value" both work.
/// `--config FILE` is read first (read_searchd_config) and every other flag overrides it.
/// On failure the error's parameter names the bad argument, or the file, line and key.
Parsed<SearchdOptions> parse_searchd_options(std::span<const char* const> args);

/// Sets the option `name` ("--threads") from `value` as written on a command line; the
/// error names the option. Shared by the command line and the configuration file.
std::optional<ParamError> apply_searchd_option(SearchdOptions& options, std::string_view name, std::string_view value);

/// The usage text, ending in a newline.
std::string_view searchd_usage();

}  // namespace rs::http
