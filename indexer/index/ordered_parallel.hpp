#pragma once
// N threads produce, one consumes in order: how files are parsed on every core while one
// writer adds them to the index in the same order whatever N is — so the index is the same.

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace rs::indexer {

/// Runs `produce(i)` for every i in [0, n) on `jobs` threads (on the calling thread alone
/// when jobs <= 1) and `consume(i, result)` on the calling thread for i = 0, 1, … in order.
/// At most `window` results are produced ahead of the consumer, which bounds memory.
/// `produce` must not throw; if `consume` throws, the producers stop and the exception
/// propagates once they have.
template <typename Result>
void ordered_parallel(std::size_t n, unsigned jobs, std::size_t window, const std::function<Result(std::size_t)>& produce,
                      const std::function<void(std::size_t, Result&&)>& consume) {
    if (jobs <= 1) {
        for (std::size_t i = 0; i < n; ++i) consume(i, produce(i));
        return;
    }
    if (window < jobs) window = jobs;
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<std::optional<Result>> slots(n);
    std::size_t next = 0;      // the next index a producer takes
    std::size_t consumed = 0;  // indexes below this are consumed
    bool stopping = false;

    auto producer = [&] {
        while (true) {
            std::size_t i = 0;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stopping || next >= n || next < consumed + window; });
                if (stopping || next >= n) return;
                i = next++;
            }
            Result result = produce(i);
            std::lock_guard lock(mutex);
            slots[i].emplace(std::move(result));
            changed.notify_all();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(jobs);
    for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(producer);
    auto stop = [&] {
        {
            std::lock_guard lock(mutex);
            stopping = true;
        }
        changed.notify_all();
        for (auto& thread : threads) thread.join();
    };
    try {
        for (std::size_t i = 0; i < n; ++i) {
            Result result;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return slots[i].has_value(); });
                result = std::move(*slots[i]);
                slots[i].reset();
            }
            consume(i, std::move(result));
            {
                std::lock_guard lock(mutex);
                consumed = i + 1;
            }
            changed.notify_all();
        }
    } catch (...) {
        stop();
        throw;
    }
    stop();
}

}  // namespace rs::indexer
