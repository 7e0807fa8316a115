#pragma once
// What the server counts for an operator's monitoring, served as Prometheus text at
// GET /metrics: requests by status class, their durations, connections, and the state of
// the index. Counting is lock-free (atomics), so it costs requests nothing measurable.

#include <array>
#include <atomic>
#include <chrono>
#include <string_view>
#include <cstddef>
#include <cstdint>
#include <string>

#include "searchd/search/search_result.hpp"

namespace rs::http {

/// searchd's version, as the build set it (project VERSION in CMakeLists.txt).
std::string_view searchd_version();

class ServerMetrics {
public:
    /// Upper bounds of the duration histogram's buckets, in seconds (the last is +Inf).
    static constexpr std::array<double, 11> bucket_bounds = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                             0.1,   0.25,   0.5,   1.0,  2.5};

    ServerMetrics();

    /// A request read and handed to an endpoint. Thread-safe.
    void started() { in_flight_.fetch_add(1, std::memory_order_relaxed); }
    /// One answered request of `endpoint` (endpoint_names; anything else counts as
    /// "other"), after started() if it was handed to one. Thread-safe.
    void record(unsigned status, double ms, std::string_view endpoint = "other", bool was_started = false);
    /// A search that ran out of its time budget and answered with what it had. Thread-safe.
    void timed_out() { timed_out_.fetch_add(1, std::memory_order_relaxed); }
    /// A request refused with 503 because the work queue was full.
    void overloaded() { overloaded_.fetch_add(1, std::memory_order_relaxed); }
    /// The index was opened again on an operator's request. Thread-safe.
    void reloaded();
    /// An idle connection closed to make room (the connection limit, EMFILE). Thread-safe.
    void connection_shed(std::size_t count = 1) { shed_.fetch_add(count, std::memory_order_relaxed); }
    /// A connection refused at the limit with none idle. Thread-safe.
    void connection_refused() { refused_.fetch_add(1, std::memory_order_relaxed); }
    /// An accept that failed (EMFILE and the like). Thread-safe.
    void accept_failed() { accept_errors_.fetch_add(1, std::memory_order_relaxed); }

    /// The Prometheus text exposition of everything, with `open_connections` and `index`.
    std::string render(std::size_t open_connections, const search::IndexStatus* index,
                       std::size_t queue_waiting = 0) const;

    /// Endpoints requests are counted by, as /metrics labels them.
    static constexpr std::array<std::string_view, 9> endpoint_names = {
        "search", "item", "suggest", "compare", "feed", "page", "health", "admin", "other"};

    /// Requests answered, by status class (index 0 is 1xx … 4 is 5xx).
    std::array<std::uint64_t, 5> requests_by_class() const;
    /// Requests being answered now.
    std::uint64_t in_flight() const { return in_flight_.load(std::memory_order_relaxed); }
    /// Seconds since the server started.
    double uptime_seconds() const;
    /// When the index was last opened again on request (Unix seconds), 0 if never.
    std::int64_t last_reload_unix() const { return last_reload_.load(std::memory_order_relaxed); }

private:
    std::array<std::atomic<std::uint64_t>, 5> by_class_{};  ///< 1xx … 5xx
    /// Per endpoint (endpoint_names) and status class.
    std::array<std::array<std::atomic<std::uint64_t>, 5>, endpoint_names.size()> by_endpoint_{};
    std::atomic<std::uint64_t> in_flight_{0};
    std::atomic<std::uint64_t> timed_out_{0};
    std::atomic<std::uint64_t> overloaded_{0};
    std::atomic<std::uint64_t> reloads_{0};
    std::atomic<std::int64_t> last_reload_{0};
    std::chrono::steady_clock::time_point started_;
    std::int64_t started_unix_ = 0;
    std::array<std::atomic<std::uint64_t>, bucket_bounds.size() + 1> buckets_{};  ///< Not cumulative; last is +Inf.
    std::atomic<std::uint64_t> duration_micros_{0};
    std::atomic<std::uint64_t> shed_{0};
    std::atomic<std::uint64_t> refused_{0};
    std::atomic<std::uint64_t> accept_errors_{0};
};

}  // namespace rs::http
