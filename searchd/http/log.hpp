#pragma once
// searchd's log: one line per event on stderr, English, safe to call from any thread.
// stdout is reserved for the "listening on" line that scripts read.

#include <string>
#include <string_view>

namespace rs::http {

/// Writes `line` plus a newline to stderr in one write, so lines of concurrent requests never interleave.
void log_line(std::string_view line);

/// `target` as it may be logged: decoded with every CPR number replaced when it holds one
/// (a person's number typed into a search), else unchanged.
std::string loggable_target(std::string_view target);

/// The access-log line "GET /api/search?q=x 200 1.42ms"; control characters in the
/// client-supplied parts are escaped as \xNN so a request cannot forge log lines, and CPR
/// numbers in the target replaced (loggable_target).
std::string access_log_line(std::string_view method, std::string_view target, unsigned status, double ms);

}  // namespace rs::http
