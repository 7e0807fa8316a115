#include "indexer/build_command.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <ostream>
#include <sstream>
#include <tuple>
#include <utility>

#include <unistd.h>

#include "indexer/index/build.hpp"

namespace rs::indexer {

namespace {

struct Usage {
    std::string message;
};

std::string clock_text(double seconds) {
    const long total = std::lround(seconds);
    char text[32];
    if (total >= 3600) std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    else std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
    return text;
}

/// Draws progress: a bar redrawn in place on a terminal, a line every few seconds in a log.
class ProgressView {
public:
    ProgressView(std::ostream& err, bool terminal) : err_(err), terminal_(terminal) {}

    void update(const BuildProgress& p) {
        const bool last = p.files_done == p.files_total;
        const double since = p.seconds - shown_at_;
        if (!last && since < (terminal_ ? 0.1 : 5.0)) return;
        shown_at_ = p.seconds;
        const double rate = p.seconds > 0 ? static_cast<double>(p.files_done) / p.seconds : 0;
        const double left = rate > 0 ? static_cast<double>(p.files_total - p.files_done) / rate : 0;
        std::ostringstream line;
        line << p.files_done << "/" << p.files_total << " files · " << p.items << " items";
        if (p.failed > 0) line << " · " << p.failed << " failed";
        line << " · " << std::fixed << std::setprecision(1) << rate << " files/s · "
             << (last ? clock_text(p.seconds) + " in all" : clock_text(left) + " left");
        if (terminal_) {
            constexpr int width = 30;
            const int filled = p.files_total == 0 ? width : static_cast<int>(width * p.files_done / p.files_total);
            err_ << "\r[" << std::string(static_cast<std::size_t>(filled), '#')
                 << std::string(static_cast<std::size_t>(width - filled), '.') << "] " << line.str() << "\x1b[K";
            if (last) err_ << '\n';
        } else {
            err_ << "indexer: " << line.str() << '\n';
        }
        err_.flush();
    }

private:
    std::ostream& err_;
    bool terminal_;
    double shown_at_ = -1e9;
};

unsigned parse_count(const std::string& option, const std::string& value, unsigned low, unsigned high) {
    try {
        std::size_t used = 0;
        const unsigned long number = std::stoul(value, &used);
        if (used == value.size() && number >= low && number <= high) return static_cast<unsigned>(number);
    } catch (const std::exception&) {
    }
    std::ostringstream message;
    message << option << " takes a whole number from " << low << " to " << high << ", got \"" << value << '"';
    throw Usage{message.str()};
}

// "K/N": shard K (from 0) of N.
std::pair<std::size_t, std::size_t> parse_shard(const std::string& value) {
    const auto slash = value.find('/');
    if (slash != std::string::npos) {
        try {
            const unsigned count = parse_count("--shard", value.substr(slash + 1), 1, 1024);
            const unsigned shard = parse_count("--shard", value.substr(0, slash), 0, count - 1);
            return {shard, count};
        } catch (const Usage&) {
        }
    }
    throw Usage{"--shard takes K/N, shard K (from 0) of N shards (N up to 1024), got \"" + value + '"'};
}

}  // namespace

int run_build(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const char* usage) {
    std::string index;
    std::vector<std::filesystem::path> inputs;
    BuildOptions options;
    options.jobs = 0;  // one parser per core: the index is the same whatever the count
    bool quiet = false, json = false, per_file = false;
    try {
        for (std::size_t i = 0; i < args.size(); ++i) {
            const std::string& arg = args[i];
            auto value = [&](const std::string& option) -> std::string {
                if (arg.rfind(option + "=", 0) == 0) return arg.substr(option.size() + 1);
                if (i + 1 >= args.size()) throw Usage{option + " needs a value"};
                return args[++i];
            };
            auto is = [&](const std::string& option) { return arg == option || arg.rfind(option + "=", 0) == 0; };
            if (is("--index")) index = value("--index");
            else if (is("--jobs")) options.jobs = parse_count("--jobs", value("--jobs"), 0, 256);
            else if (is("--max-file-size"))
                options.max_file_bytes = std::size_t{parse_count("--max-file-size", value("--max-file-size"), 1, 4096)} << 20;
            else if (is("--commit-every"))
                options.commit_every = parse_count("--commit-every", value("--commit-every"), 1, 1000000);
            else if (is("--shard")) std::tie(options.shard, options.shard_count) = parse_shard(value("--shard"));
            else if (arg == "--prune") options.prune = true;
            else if (arg == "--force") options.force = true;
            else if (arg == "--no-compact") options.compact_new_index = false;
            else if (arg == "--quiet" || arg == "-q") quiet = true;
            else if (arg == "--json") json = true;
            else if (arg == "--files") per_file = true;
            else if (arg.rfind("--", 0) == 0) throw Usage{"unknown option " + arg};
            else inputs.emplace_back(arg);
        }
        if (index.empty()) throw Usage{"build needs --index DIR"};
        if (inputs.empty()) throw Usage{"build needs at least one file or folder"};
    } catch (const Usage& e) {
        err << "indexer: " << e.message << "\n\n" << usage;
        return 2;
    }
    ProgressView view(err, isatty(STDERR_FILENO) != 0);
    if (!quiet) options.progress = [&](const BuildProgress& p) { view.update(p); };
    const BuildReport report = build_index(index, inputs, options);
    if (json) {
        out << report_json(report);
    } else if (!quiet) {
        out << summary(report, per_file);
    } else {
        for (const auto& p : report.failed) {
            err << "failed: " << p.file;
            if (p.line > 0) err << ':' << p.line;
            err << ": " << p.reason << '\n';
        }
    }
    return report.ok() ? 0 : 1;
}

}  // namespace rs::indexer
