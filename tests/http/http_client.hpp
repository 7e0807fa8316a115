#pragma once
// A small blocking HTTP/1.1 client for tests that talk to a real server. Beast stays in
// http_client.cpp.

#include <chrono>
#include <map>
#include <memory>
#include <string>

namespace rs::test {

/// One response as the tests inspect it.
struct HttpReply {
    unsigned status = 0;
    std::map<std::string, std::string> headers;  ///< Names lowercased.
    std::string body;
    bool keep_alive = false;  ///< The server will keep the connection open.

    /// The header `lowercase_name`, "" if absent.
    std::string header(const std::string& lowercase_name) const;
};

/// One keep-alive connection to host:port; every call blocks with a timeout and throws
/// std::runtime_error on failure.
class HttpClient {
public:
    HttpClient(const std::string& host, unsigned short port,
               std::chrono::milliseconds timeout = std::chrono::seconds(20));
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    /// Sends `method target` (with `body`, if any) and reads the response.
    HttpReply request(const std::string& method, const std::string& target, const std::string& body = {},
                      const std::map<std::string, std::string>& headers = {});
    /// Shortcut for request("GET", target).
    HttpReply get(const std::string& target) { return request("GET", target); }
    /// Writes `bytes` as they are, then reads one response.
    HttpReply raw(const std::string& bytes);
    /// True if the server has closed the connection (reads EOF within the timeout).
    bool closed_by_server();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Splits "http://HOST:PORT" into host and port; throws std::runtime_error if malformed.
std::pair<std::string, unsigned short> split_url(const std::string& url);

}  // namespace rs::test
