#include "searchd/http/searchd_options.hpp"

#include "searchd/http/searchd_config.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <string>
#include <thread>

namespace rs::http {

namespace {

std::optional<unsigned> parse_count(std::string_view text) {
    unsigned value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

}  // namespace

static_assert(SearchdOptions::max_threads == 256, "update the usage text");

std::string_view searchd_usage() {
    return "usage: searchd [--config FILE] --index DIR [--listen HOST:PORT] [--threads N]\n"
           "               [--allow-origin URL]... [--frame-ancestor URL]... [--public-url URL]\n"
           "               [--max-connections N] [--log-queries] [--log-format text|json]\n"
           "               [--admin-token-file FILE]\n"
           "  --config FILE       read these settings from a TOML file first (the package's is\n"
           "                      /etc/referatsog/searchd.toml); flags given here override it\n"
           "  --index DIR         the index built by `indexer build` (required)\n"
           "  --listen HOST:PORT  IP address and port to serve on (default 127.0.0.1:8080);\n"
           "                      port 0 picks a free port. The first line on stdout is\n"
           "                      \"searchd listening on http://HOST:PORT\" with the real port.\n"
           "  --threads N         request threads, 1..256 (default: number of cores, at most 64)\n"
           "  --allow-origin URL  an origin (scheme://host[:port]) whose pages may call the API\n"
           "                      from a browser, e.g. an intranet embedding the search;\n"
           "                      repeatable. Other origins get no CORS headers (default: none)\n"
           "  --frame-ancestor URL an origin whose pages may show searchd's pages in a frame\n"
           "                      (an intranet embedding them); repeatable (default: only itself)\n"
           "  --public-url URL    the address people reach searchd at, for absolute links in\n"
           "                      feeds, CSV files and canonical URLs (default: from Host)\n"
           "  --max-connections N open connections at most, 16..100000 (default 768); beyond it\n"
           "                      the oldest idle keep-alive connection is closed\n"
           "  --log-queries       write query strings to the access log (default: paths only;\n"
           "                      CPR numbers are replaced either way)\n"
           "  --log-format FORMAT text (default) or json: one JSON object per access-log line\n"
           "  --admin-token-file FILE  a file holding the token for POST /api/admin/reload and\n"
           "                      GET /api/admin/stats (\"Authorization: Bearer TOKEN\");\n"
           "                      without one the admin endpoints are off\n"
           "  --help              this text\n";
}

std::optional<ParamError> apply_searchd_option(SearchdOptions& options, std::string_view name, std::string_view value) {
    if (name == "--index") {
        if (value.empty()) return ParamError{"--index", "empty directory name"};
        options.index_dir = std::string(value);
    } else if (name == "--listen") {
        const auto address = parse_listen_address(value);
        if (!address)
            return ParamError{"--listen", "expected IP:PORT such as 127.0.0.1:8080 or [::1]:0, got \"" +
                                              std::string(value) + "\""};
        options.listen = *address;
    } else if (name == "--allow-origin" || name == "--frame-ancestor") {
        const auto origin = parse_origin(value);
        if (!origin)
            return ParamError{std::string(name), "expected an origin such as https://intranet.example.dk "
                                                 "(scheme, host and optional port, no path), got \"" +
                                                     std::string(value) + "\""};
        (name == "--allow-origin" ? options.site.allowed_origins : options.site.frame_ancestors).push_back(*origin);
    } else if (name == "--admin-token-file" || name == "--admin-token") {
        std::string error;
        const auto token = name == "--admin-token" ? parse_token(value, error)
                                                   : read_token_file(std::filesystem::path(std::string(value)), error);
        if (!token) return ParamError{std::string(name), error};
        options.admin.token = *token;
    } else if (name == "--log-format") {
        if (value != "text" && value != "json")
            return ParamError{"--log-format", "expected text or json, got \"" + std::string(value) + "\""};
        options.log.json = value == "json";
    } else if (name == "--public-url") {
        const auto origin = parse_origin(value);
        if (!origin)
            return ParamError{"--public-url", "expected scheme://host[:port] such as https://referatsog.example.dk, "
                                              "got \"" + std::string(value) + "\""};
        options.site.public_url = *origin;
    } else if (name == "--max-connections") {
        const auto count = parse_count(value);
        if (!count || *count < 16 || *count > 100000)
            return ParamError{"--max-connections", "expected a number from 16 to 100000, got \"" + std::string(value) + "\""};
        options.limits.max_connections = *count;
    } else if (name == "--threads") {
        const auto threads = parse_count(value);
        if (!threads || *threads < 1 || *threads > SearchdOptions::max_threads)
            return ParamError{"--threads", "expected a number from 1 to " + std::to_string(SearchdOptions::max_threads) +
                                               ", got \"" + std::string(value) + "\""};
        options.threads = *threads;
    } else if (name == "--log-queries") {
        if (value != "true" && value != "false")
            return ParamError{"--log-queries", "expected true or false, got \"" + std::string(value) + "\""};
        options.log.queries = value == "true";
    } else {
        return ParamError{std::string(name), "unknown argument"};
    }
    return std::nullopt;
}

Parsed<SearchdOptions> parse_searchd_options(std::span<const char* const> args) {
    // The command line as (name, value) pairs, --config read first: flags override the file.
    std::vector<std::pair<std::string_view, std::string_view>> flags;
    std::optional<std::string_view> config;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view arg = args[i];
        if (arg == "--help" || arg == "-h") {
            SearchdOptions help;
            help.help = true;
            return help;
        }
        if (arg == "--log-queries") {
            flags.emplace_back("--log-queries", "true");
            continue;
        }
        std::string_view name = arg;
        std::optional<std::string_view> value;
        if (const auto eq = arg.find('='); arg.starts_with("--") && eq != std::string_view::npos) {
            name = arg.substr(0, eq);
            value = arg.substr(eq + 1);
        }
        // --admin-token has no flag: a token on the command line is visible to every user
        // of the machine (ps); the file's [admin] token or --admin-token-file it is.
        static constexpr std::array<std::string_view, 10> known = {
            "--index",          "--listen",     "--threads",          "--allow-origin",    "--frame-ancestor",
            "--public-url",     "--max-connections", "--log-format", "--admin-token-file", "--config"};
        if (std::find(known.begin(), known.end(), name) == known.end())
            return ParamError{std::string(arg), "unknown argument"};
        if (!value) {
            if (i + 1 >= args.size()) return ParamError{std::string(name), "missing value"};
            value = args[++i];
        }
        if (name == "--config") config = *value;
        else flags.emplace_back(name, *value);
    }

    SearchdOptions options;
    if (config) {
        auto from_file = read_searchd_config(std::filesystem::path(std::string(*config)));
        if (!from_file.ok()) return from_file.error();
        options = from_file.value();
    }
    // A repeatable flag on the command line replaces the file's list rather than adding to it.
    if (std::any_of(flags.begin(), flags.end(), [](const auto& flag) { return flag.first == "--allow-origin"; }))
        options.site.allowed_origins.clear();
    if (std::any_of(flags.begin(), flags.end(), [](const auto& flag) { return flag.first == "--frame-ancestor"; }))
        options.site.frame_ancestors.clear();
    for (const auto& [name, value] : flags)
        if (auto error = apply_searchd_option(options, name, value)) return *error;
    if (options.index_dir.empty()) return ParamError{"--index", "missing; say which index to serve"};
    if (options.threads == 0) options.threads = std::clamp(std::thread::hardware_concurrency(), 1u, 64u);
    return options;
}

}  // namespace rs::http
