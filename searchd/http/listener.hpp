#pragma once
// Accepts connections and hands each to a session. Internal to server.cpp.

#include <memory>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include "searchd/http/server_context.hpp"

namespace rs::http {

/// The accept loop of one listening socket.
class Listener : public std::enable_shared_from_this<Listener> {
public:
    /// Opens, binds and listens on `endpoint` now; throws std::runtime_error naming the
    /// failed step and address (e.g. "cannot bind 127.0.0.1:8080: Address already in use").
    Listener(boost::asio::io_context& io, const boost::asio::ip::tcp::endpoint& endpoint, ServerContext& context);

    /// The bound endpoint, with the real port when 0 was asked for.
    boost::asio::ip::tcp::endpoint local_endpoint() const;
    /// Starts accepting.
    void start();
    /// Closes the acceptor (pending accept ends with operation_aborted). Thread-safe.
    void stop();

private:
    void do_accept();
    void on_accept(boost::system::error_code ec, boost::asio::ip::tcp::socket socket);

    boost::asio::io_context& io_;
    boost::asio::strand<boost::asio::io_context::executor_type> strand_;
    boost::asio::ip::tcp::acceptor acceptor_;
    boost::asio::steady_timer retry_timer_;
    ServerContext& context_;
};

}  // namespace rs::http
