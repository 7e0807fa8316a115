#include "searchd/http/log.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

#include <nlohmann/json.hpp>

#include "schema/text/cpr.hpp"
#include "searchd/http/query_string.hpp"

namespace rs::http {

namespace {

void append_escaped(std::string& out, std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f || c == '\\') {
            out.append("\\x");
            out.push_back(hex[byte >> 4]);
            out.push_back(hex[byte & 0x0f]);
        } else {
            out.push_back(c);
        }
    }
}

}  // namespace

std::string loggable_target(std::string_view target) {
    // A CPR number typed into a search must not reach the log: the target is logged
    // decoded with it replaced, or as it came when it holds none.
    const auto decoded = percent_decode(target, /*plus_is_space=*/true);
    if (!decoded || !schema::contains_cpr(*decoded)) return std::string(target);
    std::string redacted = *decoded;
    schema::redact_cpr(redacted);
    return redacted;
}

void log_line(std::string_view line) {
    // One fwrite of line and newline together: POSIX stdio locks the stream per call,
    // so concurrent lines come out whole.
    std::string text(line);
    text.push_back('\n');
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

std::string access_log_line(const AccessEntry& entry, const LogOptions& options) {
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char stamp[40];
    const std::size_t length = std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &utc);
    std::snprintf(stamp + length, sizeof stamp - length, ".%03dZ", static_cast<int>(millis));
    const std::string_view path = entry.target.substr(0, entry.target.find('?'));
    const std::string target = options.queries ? loggable_target(entry.target) : std::string(path);

    if (options.json) {
        // JSON escapes control characters itself; invalid UTF-8 becomes U+FFFD.
        const nlohmann::ordered_json line{{"time", stamp},
                                          {"client", entry.client.empty() ? "-" : entry.client},
                                          {"method", entry.method.empty() ? "-" : entry.method},
                                          {"path", entry.target.empty() ? "-" : target},
                                          {"status", entry.status},
                                          {"bytes", entry.bytes},
                                          {"ms", std::round(entry.ms * 100) / 100}};
        return line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    }
    std::string line(stamp);
    line.push_back(' ');
    append_escaped(line, entry.client.empty() ? "-" : entry.client);
    line.push_back(' ');
    append_escaped(line, entry.method.empty() ? "-" : entry.method);
    line.push_back(' ');
    if (entry.target.empty()) line.push_back('-');
    else append_escaped(line, target);
    char tail[64];
    std::snprintf(tail, sizeof tail, " %u %zu %.2fms", entry.status, entry.bytes, entry.ms);
    line.append(tail);
    return line;
}

}  // namespace rs::http
