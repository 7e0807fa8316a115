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

/// What the access log writes.
struct LogOptions {
    /// Log the query string. Off by default: queries hold names and what people look
    /// for; when on, CPR numbers are still replaced (loggable_target).
    bool queries = false;
    /// Write each access-log line as one JSON object (for a log collector), not as text.
    bool json = false;
};

/// One answered request.
struct AccessEntry {
    std::string_view client;  ///< Remote address ("127.0.0.1"), "-" if unknown.
    std::string_view method;  ///< "" if the request line could not be read.
    std::string_view target;
    unsigned status = 0;
    std::size_t bytes = 0;    ///< Body bytes sent.
    double ms = 0;            ///< From the request's arrival to the response's last byte.
};

/// The access-log line "2026-12-02T02:40:11.123Z 127.0.0.1 GET /api/search 200 1234 1.42ms":
/// UTC time, client, method, path (with the query string only if `options.queries`),
/// status, body bytes and time. Control characters in the client-supplied parts are
/// escaped as \xNN so a request cannot forge log lines.
/// With `options.json`, the same fields as one JSON object instead:
/// {"time":"…","client":"127.0.0.1","method":"GET","path":"/api/search","status":200,"bytes":1234,"ms":1.42}.
std::string access_log_line(const AccessEntry& entry, const LogOptions& options);

}  // namespace rs::http
