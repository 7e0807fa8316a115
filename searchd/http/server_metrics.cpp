#include "searchd/http/server_metrics.hpp"

#include <cstdio>
#include <sstream>
#include <string>

namespace rs::http {

namespace {

std::int64_t unix_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace

std::string_view searchd_version() { return REFERATSOG_VERSION; }

ServerMetrics::ServerMetrics() : started_(std::chrono::steady_clock::now()), started_unix_(unix_now()) {}

void ServerMetrics::reloaded() {
    reloads_.fetch_add(1, std::memory_order_relaxed);
    last_reload_.store(unix_now(), std::memory_order_relaxed);
}

std::array<std::uint64_t, 5> ServerMetrics::requests_by_class() const {
    std::array<std::uint64_t, 5> counts{};
    for (std::size_t c = 0; c < counts.size(); ++c) counts[c] = by_class_[c].load(std::memory_order_relaxed);
    return counts;
}

double ServerMetrics::uptime_seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
}

void ServerMetrics::record(unsigned status, double ms, std::string_view endpoint, bool was_started) {
    if (was_started) in_flight_.fetch_sub(1, std::memory_order_relaxed);
    const std::size_t status_class = status >= 100 && status < 600 ? status / 100 - 1 : 4;
    by_class_[status_class].fetch_add(1, std::memory_order_relaxed);
    std::size_t e = 0;
    while (e + 1 < endpoint_names.size() && endpoint_names[e] != endpoint) ++e;
    by_endpoint_[e][status_class].fetch_add(1, std::memory_order_relaxed);
    std::size_t bucket = 0;
    while (bucket < bucket_bounds.size() && ms / 1000.0 > bucket_bounds[bucket]) ++bucket;
    buckets_[bucket].fetch_add(1, std::memory_order_relaxed);
    duration_micros_.fetch_add(static_cast<std::uint64_t>(ms * 1000.0), std::memory_order_relaxed);
}

std::string ServerMetrics::render(std::size_t open_connections, const search::IndexStatus* index,
                                  std::size_t queue_waiting) const {
    std::ostringstream out;
    auto counter = [&](const char* name, const char* help, std::uint64_t value) {
        out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << " counter\n" << name << ' ' << value << '\n';
    };
    auto gauge = [&](const char* name, const char* help, std::uint64_t value) {
        out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << " gauge\n" << name << ' ' << value << '\n';
    };
    out << "# HELP referatsog_requests_total Requests answered, by status class.\n"
           "# TYPE referatsog_requests_total counter\n";
    for (std::size_t c = 0; c < by_class_.size(); ++c)
        out << "referatsog_requests_total{class=\"" << c + 1 << "xx\"} " << by_class_[c].load(std::memory_order_relaxed)
            << '\n';
    out << "# HELP referatsog_endpoint_requests_total Requests answered, by endpoint and status class.\n"
           "# TYPE referatsog_endpoint_requests_total counter\n";
    for (std::size_t e = 0; e < endpoint_names.size(); ++e)
        for (std::size_t c = 0; c < by_class_.size(); ++c)
            if (const auto n = by_endpoint_[e][c].load(std::memory_order_relaxed); n > 0)
                out << "referatsog_endpoint_requests_total{endpoint=\"" << endpoint_names[e] << "\",class=\"" << c + 1
                    << "xx\"} " << n << '\n';
    out << "# HELP referatsog_request_duration_seconds From a request's arrival to its response's last byte.\n"
           "# TYPE referatsog_request_duration_seconds histogram\n";
    std::uint64_t cumulative = 0;
    for (std::size_t b = 0; b < buckets_.size(); ++b) {
        cumulative += buckets_[b].load(std::memory_order_relaxed);
        char bound[32];
        if (b < bucket_bounds.size()) std::snprintf(bound, sizeof bound, "%g", bucket_bounds[b]);
        else std::snprintf(bound, sizeof bound, "+Inf");
        out << "referatsog_request_duration_seconds_bucket{le=\"" << bound << "\"} " << cumulative << '\n';
    }
    char sum[32];
    std::snprintf(sum, sizeof sum, "%.6f", static_cast<double>(duration_micros_.load(std::memory_order_relaxed)) / 1e6);
    out << "referatsog_request_duration_seconds_sum " << sum << "\nreferatsog_request_duration_seconds_count "
        << cumulative << '\n';
    gauge("referatsog_requests_in_flight", "Requests being answered now.", in_flight_.load(std::memory_order_relaxed));
    gauge("referatsog_requests_waiting", "Requests waiting for a worker now.", queue_waiting);
    counter("referatsog_requests_overloaded_total", "Requests refused with 503 because every worker was busy and the queue full.",
            overloaded_.load(std::memory_order_relaxed));
    counter("referatsog_searches_timed_out_total", "Searches that ran out of their time budget (answered partial).",
            timed_out_.load(std::memory_order_relaxed));
    gauge("referatsog_connections_open", "Open client connections.", open_connections);
    counter("referatsog_connections_shed_total", "Idle connections closed to make room for new ones.",
            shed_.load(std::memory_order_relaxed));
    counter("referatsog_connections_refused_total", "Connections refused at the limit with none idle.",
            refused_.load(std::memory_order_relaxed));
    counter("referatsog_accept_errors_total", "Failed accepts (out of descriptors and the like).",
            accept_errors_.load(std::memory_order_relaxed));
    counter("referatsog_index_reloads_total", "Times the index was opened again on request.",
            reloads_.load(std::memory_order_relaxed));
    gauge("referatsog_index_last_reload_timestamp_seconds", "When the index was last opened again on request (0: never).",
          static_cast<std::uint64_t>(last_reload_.load(std::memory_order_relaxed)));
    gauge("referatsog_start_time_seconds", "When searchd started (Unix time).", static_cast<std::uint64_t>(started_unix_));
    out << "# HELP referatsog_build_info searchd's version.\n# TYPE referatsog_build_info gauge\n"
           "referatsog_build_info{version=\"" << searchd_version() << "\"} 1\n";
    if (index != nullptr) {
        gauge("referatsog_index_items", "Items in the index.", index->items);
        out << "# HELP referatsog_index_revision The index's revision (changes with every commit), per shard.\n"
               "# TYPE referatsog_index_revision gauge\n";
        // IndexStatus::revision is "12", or "12:7" for two shards: one sample per shard.
        const std::string& revision = index->revision.empty() ? std::string("0") : index->revision;
        std::size_t shard = 0;
        for (std::size_t from = 0;; ++shard) {
            const std::size_t to = revision.find(':', from);
            out << "referatsog_index_revision";
            if (index->shards > 1) out << "{shard=\"" << shard << "\"}";
            out << ' ' << revision.substr(from, to == std::string::npos ? std::string::npos : to - from) << '\n';
            if (to == std::string::npos) break;
            from = to + 1;
        }
        gauge("referatsog_index_build_complete", "1 when the last index build ran to its end.", index->complete ? 1 : 0);
        gauge("referatsog_index_build_files_done", "Files the last index build got through.", index->files_done);
        gauge("referatsog_index_build_files_total", "Files the last index build set out to read.", index->files_total);
    }
    return out.str();
}

}  // namespace rs::http
