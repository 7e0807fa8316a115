#pragma once
// The HTTP server: an io_context for the connections, workers for the answers, a listener,
// sessions, and a graceful stop. Beast and Asio stay behind the pimpl so main.cpp and tests compile without them.

#include <memory>
#include <string>

#include "searchd/http/listen_address.hpp"
#include "searchd/http/admin_token.hpp"
#include "searchd/http/log.hpp"
#include "searchd/http/server_limits.hpp"
#include "searchd/http/site_options.hpp"
#include "searchd/search/search_service.hpp"

namespace rs::http {

/// Serves the API of router.hpp over HTTP/1.1 with keep-alive.
class Server {
public:
    /// Binds to `address` now (port 0 picks a free port), so the address can be printed
    /// before run(). Throws std::runtime_error naming the address if it cannot bind.
    /// `service` must outlive the server and be safe for concurrent calls.
    Server(search::SearchService& service, const ListenAddress& address, SiteOptions site = {},
           ServerLimits limits = {}, LogOptions log = {}, AdminOptions admin = {});
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    /// The bound address, with the actual port.
    ListenAddress local_address() const;

    /// Makes SIGINT and SIGTERM stop the server gracefully. Call before run(); installed at
    /// once, so a signal arriving before run() is not lost.
    void stop_on_signals();

    /// Serves until stopped: `threads` workers (at least one) answer requests in arrival
    /// order (work_queue.hpp), one or two I/O threads read and write them. Returns once every
    /// connection has finished, or when ServerLimits::shutdown_grace has passed since the stop.
    void run(unsigned threads);

    /// Stops a running (or about to run) server: closes the listener and idle connections,
    /// lets in-flight requests finish. Thread-safe, returns at once.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace rs::http
