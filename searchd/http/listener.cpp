#include "searchd/http/listener.hpp"

#include <cerrno>
#include <stdexcept>
#include <string>

#include <boost/asio/post.hpp>

#include "searchd/http/log.hpp"
#include "searchd/http/session.hpp"

namespace rs::http {

namespace net = boost::asio;
using net::ip::tcp;

namespace {

void check(const boost::system::error_code& ec, const char* step, const tcp::endpoint& endpoint) {
    if (!ec) return;
    const std::string address = endpoint.address().to_string() + ":" + std::to_string(endpoint.port());
    throw std::runtime_error(std::string("cannot ") + step + " " + address + ": " + ec.message());
}

}  // namespace

Listener::Listener(net::io_context& io, const tcp::endpoint& endpoint, ServerContext& context)
    : io_(io), strand_(net::make_strand(io)), acceptor_(strand_), retry_timer_(strand_), context_(context) {
    boost::system::error_code ec;
    acceptor_.open(endpoint.protocol(), ec);
    check(ec, "open a socket for", endpoint);
    // Lets a restarted searchd bind while old connections sit in TIME_WAIT.
    acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    check(ec, "set SO_REUSEADDR on", endpoint);
    acceptor_.bind(endpoint, ec);
    check(ec, "bind", endpoint);
    acceptor_.listen(net::socket_base::max_listen_connections, ec);
    check(ec, "listen on", endpoint);
}

tcp::endpoint Listener::local_endpoint() const { return acceptor_.local_endpoint(); }

void Listener::start() { net::post(strand_, [self = shared_from_this()] { self->do_accept(); }); }

void Listener::stop() {
    net::post(strand_, [self = shared_from_this()] {
        boost::system::error_code ignored;
        self->acceptor_.close(ignored);
        self->retry_timer_.cancel();
    });
}

void Listener::do_accept() {
    if (!acceptor_.is_open()) return;
    // Each connection gets its own strand: its handlers never run concurrently.
    acceptor_.async_accept(net::make_strand(io_), [self = shared_from_this()](boost::system::error_code ec,
                                                                              tcp::socket socket) {
        self->on_accept(ec, std::move(socket));
    });
}

void Listener::on_accept(boost::system::error_code ec, tcp::socket socket) {
    // Aborted means stop() closed the acceptor: the loop ends here. (The 1.74 example
    // accepts again on every error and spins forever on a closed acceptor.)
    if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
    if (ec) {
        // Out of descriptors: idle keep-alive connections give theirs back, so that a
        // client with a request gets in. Persistent errors (EMFILE, ENFILE, ENOBUFS)
        // would fail again at once: wait a little either way.
        std::size_t shed = 0;
        if (ec == net::error::no_descriptors || ec.value() == ENFILE)
            shed = context_.sessions.stop_oldest_idle(context_.limits.shed_on_emfile);
        context_.metrics.accept_failed();
        context_.metrics.connection_shed(shed);
        log_line("accept failed: " + ec.message() + "; closed " + std::to_string(shed) +
                 " idle connections; retrying shortly");
        retry_timer_.expires_after(shed > 0 ? context_.limits.accept_retry_after_shed : context_.limits.accept_retry_delay);
        retry_timer_.async_wait([self = shared_from_this()](boost::system::error_code timer_ec) {
            if (!timer_ec) self->do_accept();
        });
        return;
    }
    if (context_.sessions.size() >= context_.limits.max_connections) {
        // At the limit the oldest idle keep-alive connection makes room; when every
        // connection is busy with a request, this one waits its turn in the client.
        if (context_.sessions.stop_oldest_idle(1) == 1) {
            context_.metrics.connection_shed();
        } else {
            context_.metrics.connection_refused();
            log_line("connection limit (" + std::to_string(context_.limits.max_connections) +
                     ") reached with no idle connection: refused one");
            boost::system::error_code ignored;
            socket.close(ignored);
            return do_accept();
        }
    }
    start_session(std::move(socket), context_);
    do_accept();
}

}  // namespace rs::http
