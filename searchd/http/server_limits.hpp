#pragma once
// Every limit and timeout of the HTTP server, named in one place.

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace rs::http {

/// Limits of the transport. Defaults suit an intranet API behind no proxy.
struct ServerLimits {
    /// Largest request body. The API is GET-only, so any body is a mistake or an attack;
    /// a small allowance keeps clients that send an empty JSON body working. Beyond → 413.
    std::size_t body_limit = 16 * 1024;
    /// Request line plus headers. The largest search the parameters allow (a 1,000-byte q
    /// and 50 facet values of 200 bytes, percent-encoded Danish letters tripling them) is
    /// about 35 KiB, and intranet hosts carry large SSO cookies: 64 KiB. Beyond → 431.
    std::uint32_t header_limit = 64 * 1024;
    /// Time to receive one whole request, including the idle wait on a kept-alive connection.
    std::chrono::milliseconds read_timeout{15'000};
    /// Time to send one response; a client reading slower than this is dropped.
    std::chrono::milliseconds write_timeout{30'000};
    /// After an error response (413, 431, 400), how long to drain what the client still sends
    /// before closing, so that the close does not reset away the response.
    std::chrono::milliseconds linger_timeout{1'000};
    /// After a stop signal, how long in-flight requests may run before the server quits anyway.
    std::chrono::milliseconds shutdown_grace{10'000};
    /// Pause before accepting again after a failed accept (EMFILE…), instead of spinning.
    std::chrono::milliseconds accept_retry_delay{250};
    /// The pause when idle connections were closed to free descriptors: only until their
    /// strands have closed them. With the long pause, 1,100 idle connections under a
    /// 1,024-file limit kept a health check waiting 1.7 s (tests/hardening/).
    std::chrono::milliseconds accept_retry_after_shed{5};
    /// Open connections at most. A new connection beyond it closes the oldest idle
    /// keep-alive connection, or is refused when none is idle. Below the common open-files
    /// limit of 1,024, with room for the index's files (the systemd unit raises the limit).
    std::size_t max_connections = 768;
    /// Idle connections closed at once when accept fails for want of descriptors (EMFILE).
    std::size_t shed_on_emfile = 64;
    /// Requests waiting for a worker at most (work_queue.hpp); one more is answered 503 with
    /// Retry-After at once. At the 10k benchmark's 8 ms a search, 256 waiting on 2 workers
    /// are a second's wait: past that a client is better told to come back.
    std::size_t queue_limit = 256;
};

}  // namespace rs::http
