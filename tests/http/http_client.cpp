#include "tests/http/http_client.hpp"

#include <algorithm>
#include <stdexcept>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace rs::test {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;

std::string HttpReply::header(const std::string& lowercase_name) const {
    const auto it = headers.find(lowercase_name);
    return it == headers.end() ? std::string() : it->second;
}

struct HttpClient::Impl {
    net::io_context io;
    beast::tcp_stream stream{io};
    beast::flat_buffer buffer;
    std::chrono::milliseconds timeout;

    // Runs the io_context until the operation completes; the stream's timer bounds it.
    void run() {
        io.restart();
        io.run();
    }

    HttpReply read_reply(bool head) {
        bhttp::response_parser<bhttp::string_body> parser;
        parser.skip(head);  // a HEAD response has Content-Length but no body
        parser.body_limit(64 * 1024 * 1024);
        beast::error_code ec;
        stream.expires_after(timeout);
        bhttp::async_read(stream, buffer, parser, [&](beast::error_code e, std::size_t) { ec = e; });
        run();
        if (ec) throw std::runtime_error("read failed: " + ec.message());
        auto message = parser.release();
        HttpReply reply;
        reply.status = message.result_int();
        for (const auto& field : message) {
            std::string name(field.name_string());
            std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
            reply.headers[name] = std::string(field.value());
        }
        reply.body = std::move(message.body());
        reply.keep_alive = message.keep_alive();
        return reply;
    }

    void write_all(const std::string& bytes) {
        beast::error_code ec;
        stream.expires_after(timeout);
        net::async_write(stream, net::buffer(bytes), [&](beast::error_code e, std::size_t) { ec = e; });
        run();
        if (ec) throw std::runtime_error("write failed: " + ec.message());
    }
};

HttpClient::HttpClient(const std::string& host, unsigned short port, std::chrono::milliseconds timeout)
    : impl_(std::make_unique<Impl>()) {
    impl_->timeout = timeout;
    beast::error_code ec;
    impl_->stream.expires_after(timeout);
    impl_->stream.async_connect(net::ip::tcp::endpoint(net::ip::make_address(host), port),
                                [&](beast::error_code e) { ec = e; });
    impl_->run();
    if (ec) throw std::runtime_error("connect failed: " + ec.message());
}

HttpClient::~HttpClient() = default;

HttpReply HttpClient::request(const std::string& method, const std::string& target, const std::string& body,
                              const std::map<std::string, std::string>& headers) {
    bhttp::request<bhttp::string_body> message{bhttp::string_to_verb(method), target, 11};
    if (message.method() == bhttp::verb::unknown) message.method_string(method);
    message.set(bhttp::field::host, "localhost");
    for (const auto& [name, value] : headers) message.set(name, value);
    message.body() = body;
    if (!body.empty()) message.prepare_payload();
    beast::error_code ec;
    impl_->stream.expires_after(impl_->timeout);
    bhttp::async_write(impl_->stream, message, [&](beast::error_code e, std::size_t) { ec = e; });
    impl_->run();
    // A server refusing a large body may reply before it has read it all; read anyway.
    if (ec && ec != net::error::broken_pipe && ec != net::error::connection_reset)
        throw std::runtime_error("write failed: " + ec.message());
    return impl_->read_reply(method == "HEAD");
}

HttpReply HttpClient::raw(const std::string& bytes) {
    impl_->write_all(bytes);
    return impl_->read_reply(false);
}

bool HttpClient::closed_by_server() {
    char byte = 0;
    beast::error_code ec;
    impl_->stream.expires_after(impl_->timeout);
    impl_->stream.async_read_some(net::buffer(&byte, 1), [&](beast::error_code e, std::size_t) { ec = e; });
    impl_->run();
    return ec == net::error::eof || ec == net::error::connection_reset;
}

std::pair<std::string, unsigned short> split_url(const std::string& url) {
    const std::string scheme = "http://";
    const auto colon = url.rfind(':');
    if (url.rfind(scheme, 0) != 0 || colon == std::string::npos || colon < scheme.size())
        throw std::runtime_error("not an http URL: " + url);
    std::string host = url.substr(scheme.size(), colon - scheme.size());
    if (host.size() >= 2 && host.front() == '[') host = host.substr(1, host.size() - 2);
    return {host, static_cast<unsigned short>(std::stoi(url.substr(colon + 1)))};
}

}  // namespace rs::test
