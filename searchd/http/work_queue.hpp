#pragma once
// The requests that compute (searches, pages, feeds, exports) wait here for one of a fixed
// number of workers, first come first served. The I/O threads only read and write, so a
// response is written the moment it is ready instead of waiting behind other searches,
// and every request waits about its share: at 64 connections on 2 cores, answering on the
// I/O threads gave p50 217 ms and p99 2.66 s (bench/run.sh 10k). What cannot wait is
// refused at once (503), not queued without bound.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace rs::http {

class WorkQueue {
public:
    /// At most `limit` jobs wait; running ones do not count.
    explicit WorkQueue(std::size_t limit) : limit_(limit) {}
    ~WorkQueue() { stop(); }
    WorkQueue(const WorkQueue&) = delete;
    WorkQueue& operator=(const WorkQueue&) = delete;

    /// Starts `workers` threads (at least one). Jobs submitted before wait for them.
    void start(unsigned workers);

    /// Queues `job`; false, and `job` dropped, when `limit` jobs already wait or the queue
    /// is stopping. A job that throws is logged and the worker goes on.
    bool try_submit(std::function<void()> job);

    /// Jobs waiting for a worker now.
    std::size_t waiting() const;

    /// Refuses new jobs, lets the workers finish every queued one, joins them. Idempotent.
    void stop();

private:
    void work();

    const std::size_t limit_;
    mutable std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::function<void()>> jobs_;
    std::vector<std::thread> workers_;
    bool stopping_ = false;
};

}  // namespace rs::http
