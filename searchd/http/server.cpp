#include "searchd/http/server.hpp"

#include <algorithm>
#include <condition_variable>
#include <csignal>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>

#include "searchd/http/listener.hpp"
#include "searchd/http/log.hpp"
#include "searchd/http/server_context.hpp"

namespace rs::http {

namespace net = boost::asio;

// Member order matters: the context outlives the io_context, whose destructor destroys
// pending handlers and with them sessions that unregister from the context.
struct Server::Impl {
    Impl(search::SearchService& service, const ListenAddress& address, SiteOptions site, ServerLimits limits,
         LogOptions log, AdminOptions admin)
        : context{service, std::move(site), limits, log, std::move(admin)},
          stop_strand(net::make_strand(io)),
          listener(std::make_shared<Listener>(
              io, net::ip::tcp::endpoint(net::ip::make_address(address.host), address.port), context)) {}

    void begin_stop();  // on stop_strand
    void run_thread();

    ServerContext context;
    net::io_context io;
    net::strand<net::io_context::executor_type> stop_strand;  ///< Serialises the stop with the signal wait.
    std::optional<net::signal_set> signals;
    std::shared_ptr<Listener> listener;

    std::mutex mutex;  ///< Guards the two fields below.
    std::condition_variable changed;
    unsigned running_threads = 0;
    bool stop_requested = false;
};

void Server::Impl::begin_stop() {
    if (context.stopping.exchange(true)) return;
    log_line("stopping: no new connections; finishing requests in flight");
    listener->stop();
    if (signals) signals->cancel();  // a pending wait would keep the io_context running
    context.sessions.stop_all();
    {
        const std::lock_guard lock(mutex);
        stop_requested = true;
    }
    changed.notify_all();
}

void Server::Impl::run_thread() {
    // A handler that throws ends run() on this thread only; log it and keep serving.
    for (;;) {
        try {
            io.run();
            break;
        } catch (const std::exception& e) {
            log_line(std::string("unexpected exception in a handler: ") + e.what());
        }
    }
    {
        const std::lock_guard lock(mutex);
        --running_threads;
    }
    changed.notify_all();
}

Server::Server(search::SearchService& service, const ListenAddress& address, SiteOptions site, ServerLimits limits,
               LogOptions log, AdminOptions admin) {
    boost::system::error_code ec;
    net::ip::make_address(address.host, ec);
    if (ec) throw std::runtime_error("cannot listen on \"" + address.host + "\": not an IP address");
    impl_ = std::make_unique<Impl>(service, address, std::move(site), limits, log, std::move(admin));
}

Server::~Server() = default;

ListenAddress Server::local_address() const {
    const auto endpoint = impl_->listener->local_endpoint();
    return ListenAddress{endpoint.address().to_string(), endpoint.port()};
}

void Server::stop_on_signals() {
    Impl& impl = *impl_;
    impl.signals.emplace(impl.stop_strand, SIGINT, SIGTERM);
    impl.signals->async_wait([&impl](const boost::system::error_code& ec, int signal) {
        if (ec) return;  // cancelled by a stop() that came first
        log_line(std::string("received ") + (signal == SIGINT ? "SIGINT" : "SIGTERM"));
        impl.begin_stop();
    });
}

void Server::run(unsigned threads) {
    Impl& impl = *impl_;
    threads = std::max(threads, 1u);
    // `threads` workers compute; reading and writing needs little, and two I/O threads keep
    // /api/health answering while one is busy accepting a burst of connections.
    const unsigned io_threads = std::min(threads, 2u);
    impl.context.work.start(threads);
    impl.listener->start();
    {
        const std::lock_guard lock(impl.mutex);
        impl.running_threads = io_threads;
    }
    std::vector<std::thread> pool;
    pool.reserve(io_threads);
    for (unsigned i = 0; i < io_threads; ++i) pool.emplace_back([&impl] { impl.run_thread(); });

    {
        std::unique_lock lock(impl.mutex);
        impl.changed.wait(lock, [&] { return impl.stop_requested || impl.running_threads == 0; });
        // The grace period is waited for here, not with a timer in the io_context, because
        // such a timer would itself keep run() busy after the last connection finished.
        if (!impl.changed.wait_for(lock, impl.context.limits.shutdown_grace,
                                   [&] { return impl.running_threads == 0; })) {
            log_line("shutdown grace period over; dropping remaining connections");
            impl.io.stop();
        }
    }
    for (auto& thread : pool) thread.join();
    // After the grace period requests may still be computing; they finish here, and their
    // answers go nowhere.
    impl.context.work.stop();
}

void Server::stop() {
    net::post(impl_->stop_strand, [&impl = *impl_] { impl.begin_stop(); });
}

}  // namespace rs::http
