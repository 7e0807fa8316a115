#pragma once
// What the server counts for an operator's monitoring, served as Prometheus text at
// GET /metrics: requests by status class, their durations, connections, and the state of
// the index. Counting is lock-free (atomics), so it costs requests nothing measurable.

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>

#include "searchd/search/search_result.hpp"

namespace rs::http {

class ServerMetrics {
public:
    /// Upper bounds of the duration histogram's buckets, in seconds (the last is +Inf).
    static constexpr std::array<double, 11> bucket_bounds = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                             0.1,   0.25,   0.5,   1.0,  2.5};

    /// One answered request. Thread-safe.
    void record(unsigned status, double ms);
    /// An idle connection closed to make room (the connection limit, EMFILE). Thread-safe.
    void connection_shed(std::size_t count = 1) { shed_.fetch_add(count, std::memory_order_relaxed); }
    /// A connection refused at the limit with none idle. Thread-safe.
    void connection_refused() { refused_.fetch_add(1, std::memory_order_relaxed); }
    /// An accept that failed (EMFILE and the like). Thread-safe.
    void accept_failed() { accept_errors_.fetch_add(1, std::memory_order_relaxed); }

    /// The Prometheus text exposition of everything, with `open_connections` and `index`.
    std::string render(std::size_t open_connections, const search::IndexStatus* index) const;

private:
    std::array<std::atomic<std::uint64_t>, 5> by_class_{};  ///< 1xx … 5xx
    std::array<std::atomic<std::uint64_t>, bucket_bounds.size() + 1> buckets_{};  ///< Not cumulative; last is +Inf.
    std::atomic<std::uint64_t> duration_micros_{0};
    std::atomic<std::uint64_t> shed_{0};
    std::atomic<std::uint64_t> refused_{0};
    std::atomic<std::uint64_t> accept_errors_{0};
};

}  // namespace rs::http
