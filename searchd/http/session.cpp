#include "searchd/http/session.hpp"

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "searchd/http/admin_endpoint.hpp"
#include "searchd/http/log.hpp"
#include "searchd/http/metrics_endpoint.hpp"
#include "searchd/http/router.hpp"

namespace rs::http {

namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using Clock = std::chrono::steady_clock;

constexpr const char* server_name = "referatsog-searchd";
/// Bytes read at a time while draining a refused request.
constexpr std::size_t drain_chunk = 4096;

class Session : public StoppableSession, public std::enable_shared_from_this<Session> {
public:
    Session(net::ip::tcp::socket socket, ServerContext& context) : stream_(std::move(socket)), context_(context) {
        boost::system::error_code ec;
        const auto remote = stream_.socket().remote_endpoint(ec);
        client_ = ec ? "-" : remote.address().to_string();
    }

    ~Session() override {
        if (key_) context_.sessions.remove(*key_);
    }

    /// Registers with the server and starts reading on the connection's strand.
    void start() {
        key_ = context_.sessions.add(weak_from_this());
        // Checked after registering: a stop that began before add() cannot have seen us.
        if (context_.stopping) return;
        net::dispatch(stream_.get_executor(), beast::bind_front_handler(&Session::do_read, shared_from_this()));
    }

    bool idle() const override { return waiting_.load(std::memory_order_relaxed); }

    void stop() override {
        // Set before posting: a request that arrives before the posted close runs is still
        // answered, and on_write then closes instead of reading the next one.
        stop_requested_ = true;
        net::post(stream_.get_executor(), [self = shared_from_this()] {
            if (!self->writing_ && !self->answering_) self->close();
        });
    }

private:
    void do_read() {
        // A fresh parser per request: limits apply per request and the parser must start empty.
        parser_.emplace();
        parser_->body_limit(context_.limits.body_limit);
        parser_->header_limit(context_.limits.header_limit);
        stream_.expires_after(context_.limits.read_timeout);
        waiting_ = true;
        bhttp::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_read, shared_from_this()));
    }

    void on_read(beast::error_code ec, std::size_t) {
        waiting_ = false;
        started_ = Clock::now();
        if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout || ec == net::error::operation_aborted)
            return close();  // client done, idle too long, or server stopping
        if (ec == bhttp::error::body_limit)
            return send_error(413, error_code::payload_too_large, "request body too large; the API takes no body");
        if (ec == bhttp::error::header_limit)
            return send_error(431, error_code::headers_too_large, "request headers too large");
        if (ec && ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category())
            return send_error(400, error_code::invalid_request, "malformed HTTP request");
        if (ec) return close();  // reset by peer and the like: nobody left to answer

        const auto& message = parser_->get();
        method_ = std::string(message.method_string());
        target_ = std::string(message.target());
        Request request{method_, target_, {}};
        for (const auto& field : message) request.headers.emplace_back(field.name_string(), field.value());
        endpoint_ = endpoint_name(std::string_view(target_).substr(0, target_.find('?')));
        counted_in_flight_ = true;
        context_.metrics.started();
        const unsigned version = message.version();
        const bool keep_alive = message.keep_alive();
        // The server's own cheap answers come at once, even when every worker is busy: a
        // load balancer's health check must not queue behind searches.
        if (endpoint_ == "health" || is_metrics_request(request) || is_admin_request(request))
            return respond(answer(request), version, keep_alive);
        answering_ = true;
        // The work guard keeps the io_context running while no operation of ours is pending.
        const bool queued = context_.work.try_submit(
            [self = shared_from_this(), request = std::move(request), version, keep_alive,
             guard = net::make_work_guard(stream_.get_executor())]() mutable {
                Response response = self->answer(request);
                net::post(self->stream_.get_executor(),
                          [self, response = std::move(response), version, keep_alive] {
                              self->answering_ = false;
                              self->respond(response, version, keep_alive);
                          });
            });
        if (queued) return;
        answering_ = false;
        context_.metrics.overloaded();
        Response busy = error_response(503, error_code::overloaded, "the server is busy; try again in a moment");
        busy.headers.emplace_back("Retry-After", "1");
        respond(busy, version, keep_alive);
    }

    void respond(const Response& response, unsigned version, bool keep_alive) {
        if (response.partial) context_.metrics.timed_out();
        send(response, version, keep_alive && !context_.stopping && !stop_requested_);
    }

    Response answer(const Request& request) {
        // /metrics and /api/admin/ are the server's own (connections, counts, the index's
        // reload), beside the router's endpoints.
        if (!is_metrics_request(request) && !is_admin_request(request))
            return handle_request(request, context_.service, context_.site);
        Response response = is_metrics_request(request) ? metrics_response(request, context_)
                                                        : admin_response(request, context_);
        response.headers.emplace_back("X-Content-Type-Options", "nosniff");
        return response;
    }

    // Answers a request that could not be read whole; the connection is closed afterwards
    // because the rest of the stream cannot be trusted to start a new request.
    void send_error(unsigned status, std::string_view code, std::string_view text) {
        linger_ = true;
        const auto& message = parser_->get();
        endpoint_ = "other";
        method_ = parser_->is_header_done() ? std::string(message.method_string()) : "";
        target_ = parser_->is_header_done() ? std::string(message.target()) : "";
        send(error_response(status, code, text), message.version(), false);
    }

    void send(const Response& response, unsigned version, bool keep_alive) {
        status_ = response.status;
        bytes_ = response.send_body ? response.body.size() : 0;
        if (response.send_body) {
            bhttp::response<bhttp::string_body> message{bhttp::status::ok, version};
            fill(message, response, keep_alive);
            message.body() = response.body;
            message.prepare_payload();
            write(std::move(message));
        } else {
            // HEAD: the headers GET would send, Content-Length included, and no body.
            bhttp::response<bhttp::empty_body> message{bhttp::status::ok, version};
            fill(message, response, keep_alive);
            message.content_length(response.body.size());
            write(std::move(message));
        }
    }

    template <typename Body>
    static void fill(bhttp::response<Body>& message, const Response& response, bool keep_alive) {
        message.result(response.status);
        message.set(bhttp::field::server, server_name);
        if (!response.content_type.empty()) message.set(bhttp::field::content_type, response.content_type);
        for (const auto& [name, value] : response.headers) message.set(name, value);
        message.keep_alive(keep_alive);
    }

    template <typename Body>
    void write(bhttp::response<Body>&& message) {
        auto shared = std::make_shared<bhttp::response<Body>>(std::move(message));
        response_ = shared;  // keeps the message alive until the write completes
        writing_ = true;
        // Re-armed: the read timer may have expired meanwhile and would fail the write at once.
        stream_.expires_after(context_.limits.write_timeout);
        bhttp::async_write(stream_, *shared,
                           beast::bind_front_handler(&Session::on_write, shared_from_this(), shared->need_eof()));
    }

    void on_write(bool close_after, beast::error_code ec, std::size_t) {
        writing_ = false;
        response_.reset();
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - started_).count();
        log_line(access_log_line({client_, method_, target_, status_, bytes_, ms}, context_.log));
        context_.metrics.record(status_, ms, endpoint_, counted_in_flight_);
        counted_in_flight_ = false;
        if (ec) return close();
        if (linger_) return linger();
        if (close_after || context_.stopping || stop_requested_) return close();
        do_read();
    }

    // After an error response the client may still be sending the request we refused;
    // closing with unread data would make the kernel send a reset that can destroy our
    // response in the client's buffers. So: half-close, drain briefly, then close.
    void linger() {
        beast::error_code ignored;
        stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
        stream_.expires_after(context_.limits.linger_timeout);
        drain();
    }

    void drain() {
        buffer_.consume(buffer_.size());
        stream_.async_read_some(buffer_.prepare(drain_chunk),
                                beast::bind_front_handler(&Session::on_drain, shared_from_this()));
    }

    void on_drain(beast::error_code ec, std::size_t) {
        if (ec || context_.stopping) return close();
        drain();
    }

    void close() {
        beast::error_code ignored;
        stream_.socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
        stream_.close();
    }

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
    std::shared_ptr<void> response_;
    ServerContext& context_;
    std::optional<std::uint64_t> key_;
    bool writing_ = false;
    bool answering_ = false;  ///< A worker is computing the response (work_queue.hpp).
    std::atomic<bool> waiting_{false};  ///< Waiting for a request: may be shed (SessionRegistry).
    std::atomic<bool> stop_requested_{false};  ///< stop() was called: close after any response.
    bool linger_ = false;  ///< Drain and close after the response being written.
    // For the access log line, written when the response is sent.
    std::string method_;
    std::string target_;
    unsigned status_ = 0;
    std::string_view endpoint_ = "other";  ///< What /metrics counts the request under (static names).
    bool counted_in_flight_ = false;       ///< metrics.started() was called for the request being answered.
    std::size_t bytes_ = 0;
    std::string client_;
    Clock::time_point started_;
};

}  // namespace

void start_session(net::ip::tcp::socket socket, ServerContext& context) {
    std::make_shared<Session>(std::move(socket), context)->start();
}

}  // namespace rs::http
