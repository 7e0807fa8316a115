// The transport over real sockets, in process, with a fake search service: keep-alive,
// HEAD, limits, timeouts and the graceful stop.

#include "searchd/http/server.hpp"

#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/http/fake_search_service.hpp"
#include "tests/http/http_client.hpp"

namespace rs::http {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

/// A Server on 127.0.0.1 and a free port, running on two threads until the test ends.
class RunningServer {
public:
    explicit RunningServer(search::SearchService& service, ServerLimits limits = {})
        : server_(service, ListenAddress{"127.0.0.1", 0}, SiteOptions{}, limits), runner_([this] { server_.run(2); }) {}
    ~RunningServer() {
        server_.stop();
        if (runner_.joinable()) runner_.join();
    }
    /// A new connection to the server.
    std::unique_ptr<test::HttpClient> connect() const {
        return std::make_unique<test::HttpClient>("127.0.0.1", server_.local_address().port, 10s);
    }
    /// Stops the server and waits for run() to return; how long that took.
    Clock::duration stop_and_wait() {
        const auto start = Clock::now();
        server_.stop();
        runner_.join();
        return Clock::now() - start;
    }
    Server& server() { return server_; }

private:
    Server server_;
    std::thread runner_;
};

class ServerTest : public ::testing::Test {
protected:
    ServerTest() { service_.result.hits = {test::sample_hit(1, "<mark>hoftebrud</mark>")}; }
    test::FakeSearchService service_;
};

TEST_F(ServerTest, PicksAFreePortAndServesWithKeepAlive) {
    RunningServer running(service_);
    EXPECT_NE(running.server().local_address().port, 0);
    auto client = running.connect();
    for (int i = 0; i < 3; ++i) {
        const auto reply = client->get("/api/search?q=hoftebrud");
        EXPECT_EQ(reply.status, 200u);
        EXPECT_TRUE(reply.keep_alive);
        EXPECT_EQ(reply.header("content-type"), "application/json; charset=utf-8");
        EXPECT_EQ(reply.header("access-control-allow-origin"), "");
        EXPECT_EQ(reply.header("cache-control"), "no-store");
        EXPECT_EQ(json::parse(reply.body).at("hits").size(), 1u);
    }
    EXPECT_EQ(service_.requests().size(), 3u);
}

TEST_F(ServerTest, RequestHeadersReachTheRouter) {
    SiteOptions site;
    site.allowed_origins = {"http://intranet.example"};
    Server server(service_, ListenAddress{"127.0.0.1", 0}, site);
    std::thread runner([&] { server.run(1); });
    {
        test::HttpClient client("127.0.0.1", server.local_address().port, 10s);
        const auto reply = client.request("GET", "/api/search?q=x", {}, {{"Origin", "http://intranet.example"}});
        EXPECT_EQ(reply.header("access-control-allow-origin"), "http://intranet.example");
        const auto preflight = client.request("OPTIONS", "/api/search", {},
                                              {{"Origin", "http://intranet.example"},
                                               {"Access-Control-Request-Method", "GET"}});
        EXPECT_EQ(preflight.status, 204u);
        EXPECT_EQ(preflight.header("content-type"), "");
    }
    server.stop();
    runner.join();
}

TEST_F(ServerTest, HeadSendsGetsContentLengthWithoutBody) {
    RunningServer running(service_);
    auto client = running.connect();
    const auto got = client->get("/api/search");
    const auto head = client->request("HEAD", "/api/search");
    EXPECT_EQ(head.status, 200u);
    EXPECT_EQ(head.body, "");
    EXPECT_EQ(head.header("content-length"), std::to_string(got.body.size()));
    // The connection is still in step: the next request gets its own response.
    EXPECT_EQ(client->get("/api/health").status, 200u);
}

TEST_F(ServerTest, ErrorsOverTheWire) {
    RunningServer running(service_);
    auto client = running.connect();
    const auto not_found = client->get("/api/nope");
    EXPECT_EQ(not_found.status, 404u);
    EXPECT_EQ(json::parse(not_found.body).at("error").at("code"), "not_found");
    const auto post = client->request("POST", "/api/search", "{}");
    EXPECT_EQ(post.status, 405u);
    EXPECT_EQ(post.header("allow"), "GET, HEAD, OPTIONS");
    EXPECT_EQ(client->get("/api/search?from=2024-02-30").status, 400u);
}

TEST_F(ServerTest, BodyOverTheLimitIs413AndCloses) {
    ServerLimits limits;
    limits.body_limit = 1024;
    RunningServer running(service_, limits);
    auto client = running.connect();
    const auto reply = client->request("GET", "/api/search", std::string(64 * 1024, 'x'));
    EXPECT_EQ(reply.status, 413u);
    EXPECT_EQ(json::parse(reply.body).at("error").at("code"), "payload_too_large");
    EXPECT_FALSE(reply.keep_alive);
    EXPECT_TRUE(client->closed_by_server());
    EXPECT_TRUE(service_.requests().empty());
}

TEST_F(ServerTest, HeadersOverTheLimitAre431) {
    ServerLimits limits;
    limits.header_limit = 2048;
    RunningServer running(service_, limits);
    auto client = running.connect();
    const auto reply = client->request("GET", "/api/search", {}, {{"Cookie", std::string(4096, 'c')}});
    EXPECT_EQ(reply.status, 431u);
    EXPECT_EQ(json::parse(reply.body).at("error").at("code"), "headers_too_large");
}

TEST_F(ServerTest, MalformedHttpIs400) {
    RunningServer running(service_);
    auto client = running.connect();
    const auto reply = client->raw("GET /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n");
    EXPECT_EQ(reply.status, 400u);
    EXPECT_EQ(json::parse(reply.body).at("error").at("code"), "invalid_request");
    EXPECT_TRUE(client->closed_by_server());
}

TEST_F(ServerTest, Http10ClosesAfterTheResponse) {
    RunningServer running(service_);
    auto client = running.connect();
    const auto reply = client->raw("GET /api/health HTTP/1.0\r\n\r\n");
    EXPECT_EQ(reply.status, 200u);
    EXPECT_TRUE(client->closed_by_server());
}

TEST_F(ServerTest, IdleConnectionsTimeOut) {
    ServerLimits limits;
    limits.read_timeout = 300ms;
    RunningServer running(service_, limits);
    auto client = running.connect();
    const auto start = Clock::now();
    EXPECT_TRUE(client->closed_by_server());
    EXPECT_LT(Clock::now() - start, 5s);
}

TEST_F(ServerTest, ConcurrentClients) {
    RunningServer running(service_);
    std::vector<std::future<int>> clients;
    for (int c = 0; c < 8; ++c)
        clients.push_back(std::async(std::launch::async, [&running] {
            auto client = running.connect();
            int ok = 0;
            for (int i = 0; i < 25; ++i) ok += client->get("/api/search?q=x&offset=" + std::to_string(i)).status == 200;
            return ok;
        }));
    for (auto& c : clients) EXPECT_EQ(c.get(), 25);
    EXPECT_EQ(service_.requests().size(), 200u);
}

TEST_F(ServerTest, StopLetsInFlightRequestsFinish) {
    std::promise<void> entered;
    service_.before_search = [&entered] {
        entered.set_value();
        std::this_thread::sleep_for(400ms);
    };
    RunningServer running(service_);
    auto client = running.connect();
    auto reply = std::async(std::launch::async, [&client] { return client->get("/api/search?q=slow"); });
    entered.get_future().wait();
    const auto took = running.stop_and_wait();
    const auto answered = reply.get();
    EXPECT_EQ(answered.status, 200u);
    EXPECT_FALSE(answered.keep_alive) << "a stopping server says Connection: close";
    EXPECT_LT(took, 5s);
}

// Two workers busy, one request waiting (queue_limit 1): the next search is refused at
// once with 503 and Retry-After, while the server's own health check still answers; the
// waiting request is answered when a worker is free.
TEST_F(ServerTest, WhenEveryWorkerIsBusyAndTheQueueIsFullASearchIs503AndHealthStillAnswers) {
    std::mutex mutex;
    std::condition_variable changed;
    int entered = 0;
    bool released = false;
    service_.before_search = [&] {
        std::unique_lock lock(mutex);
        ++entered;
        changed.notify_all();
        changed.wait(lock, [&] { return released; });
    };
    const auto release = [&] {
        const std::lock_guard lock(mutex);
        released = true;
        changed.notify_all();
    };
    ServerLimits limits;
    limits.queue_limit = 1;
    RunningServer running(service_, limits);  // two workers
    std::vector<std::future<unsigned>> searches;
    const auto search = [&running] {
        return std::async(std::launch::async, [&running] { return running.connect()->get("/api/search?q=x").status; });
    };
    // One at a time: a second search sent before a worker took the first would find the
    // one place in the queue taken (as it should) and be refused.
    const auto wait_for_searches = [&](int count) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, 10s, [&] { return entered == count; });
    };
    for (int busy = 1; busy <= 2; ++busy) {
        searches.push_back(search());
        if (!wait_for_searches(busy)) {
            release();
            FAIL() << busy << " workers should be searching";
        }
    }
    searches.push_back(search());
    auto own = running.connect();
    const auto metric = [&own](const std::string& line) { return own->get("/metrics").body.find(line) != std::string::npos; };
    const auto deadline = Clock::now() + 10s;
    while (!metric("referatsog_requests_waiting 1\n") && Clock::now() < deadline) std::this_thread::sleep_for(5ms);
    EXPECT_TRUE(metric("referatsog_requests_waiting 1\n")) << "the third search should wait for a worker";

    const auto refused = running.connect()->get("/api/search?q=y");
    EXPECT_EQ(refused.status, 503u);
    EXPECT_EQ(refused.header("retry-after"), "1");
    EXPECT_EQ(json::parse(refused.body).at("error").at("code"), "overloaded");
    EXPECT_EQ(own->get("/api/health").status, 200u) << "health is answered while every worker is busy";
    EXPECT_TRUE(metric("referatsog_requests_overloaded_total 1\n"));

    release();
    for (auto& answered : searches) EXPECT_EQ(answered.get(), 200u);
    EXPECT_EQ(service_.requests().size(), 3u);
}

TEST_F(ServerTest, StopClosesIdleKeepAliveConnectionsAtOnce) {
    RunningServer running(service_);  // default read timeout: 15 s
    auto client = running.connect();
    EXPECT_EQ(client->get("/api/health").status, 200u);
    auto idle_without_request = running.connect();
    EXPECT_LT(running.stop_and_wait(), 3s);
    EXPECT_TRUE(client->closed_by_server());
    // A connection accepted but never used is closed too. (Connecting anew after the stop
    // proves nothing: another test process may have bound the freed port meanwhile.)
    EXPECT_TRUE(idle_without_request->closed_by_server());
}

TEST_F(ServerTest, AtTheConnectionLimitTheOldestIdleConnectionMakesRoom) {
    ServerLimits limits;
    limits.max_connections = 3;
    RunningServer running(service_, limits);
    std::vector<std::unique_ptr<test::HttpClient>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(running.connect());
        ASSERT_EQ(clients.back()->get("/api/health").status, 200u);
        std::this_thread::sleep_for(20ms);  // accepted in this order: the first is the oldest
    }
    // A fourth client is served, and the oldest idle connection closed for it.
    auto fourth = running.connect();
    EXPECT_EQ(fourth->get("/api/health").status, 200u);
    EXPECT_TRUE(clients[0]->closed_by_server());
    EXPECT_EQ(clients[2]->get("/api/health").status, 200u) << "the others keep their connections";
    EXPECT_NE(clients[2]->get("/metrics").body.find("\nreferatsog_connections_shed_total 1\n"), std::string::npos);
}

TEST_F(ServerTest, MetricsCountRequestsConnectionsAndTheIndex) {
    RunningServer running(service_);
    auto client = running.connect();
    for (int i = 0; i < 3; ++i) ASSERT_EQ(client->get("/api/health").status, 200u);
    EXPECT_EQ(client->get("/api/nope").status, 404u);
    const auto metrics = client->get("/metrics");
    ASSERT_EQ(metrics.status, 200u);
    EXPECT_EQ(metrics.header("content-type"), "text/plain; version=0.0.4; charset=utf-8");
    for (const char* line : {"referatsog_requests_total{class=\"2xx\"} 3\n", "referatsog_requests_total{class=\"4xx\"} 1\n",
                             "referatsog_request_duration_seconds_count 4\n", "referatsog_request_duration_seconds_bucket{le=\"+Inf\"} 4\n",
                             "referatsog_connections_open 1\n", "referatsog_index_items 42\n",
                             "referatsog_index_build_complete 1\n", "# TYPE referatsog_request_duration_seconds histogram\n",
                             "referatsog_endpoint_requests_total{endpoint=\"health\",class=\"2xx\"} 3\n",
                             "referatsog_endpoint_requests_total{endpoint=\"other\",class=\"4xx\"} 1\n",
                             "referatsog_requests_in_flight 1\n",  // this /metrics request itself
                             "referatsog_searches_timed_out_total 0\n", "referatsog_index_reloads_total 0\n",
                             "referatsog_build_info{version=\""})
        EXPECT_NE(metrics.body.find(line), std::string::npos) << line << metrics.body;
    EXPECT_EQ(client->request("POST", "/metrics").status, 405u);
    EXPECT_EQ(client->get("/metrics").header("x-content-type-options"), "nosniff");
}

TEST_F(ServerTest, MetricsCountSearchesThatRanOutOfTime) {
    service_.result.partial = true;
    RunningServer running(service_);
    auto client = running.connect();
    ASSERT_EQ(client->get("/api/search?q=s*").status, 200u);
    const auto metrics = client->get("/metrics").body;
    EXPECT_NE(metrics.find("referatsog_searches_timed_out_total 1\n"), std::string::npos) << metrics;
    EXPECT_NE(metrics.find("referatsog_endpoint_requests_total{endpoint=\"search\",class=\"2xx\"} 1\n"),
              std::string::npos) << metrics;
}

TEST_F(ServerTest, BindFailureNamesTheAddress) {
    RunningServer running(service_);
    const auto port = running.server().local_address().port;
    try {
        Server second(service_, ListenAddress{"127.0.0.1", port});
        FAIL() << "bound the same port twice";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("127.0.0.1:" + std::to_string(port)), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace rs::http
