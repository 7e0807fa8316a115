#include "searchd/http/log.hpp"

#include <cstdio>

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

std::string access_log_line(std::string_view method, std::string_view target, unsigned status, double ms) {
    std::string line;
    line.reserve(method.size() + target.size() + 24);
    append_escaped(line, method.empty() ? "-" : method);
    line.push_back(' ');
    append_escaped(line, target.empty() ? "-" : loggable_target(target));
    char tail[48];
    std::snprintf(tail, sizeof tail, " %u %.2fms", status, ms);
    line.append(tail);
    return line;
}

}  // namespace rs::http
