#include "searchd/http/work_queue.hpp"

#include <algorithm>
#include <exception>
#include <string>

#include "searchd/http/log.hpp"

namespace rs::http {

void WorkQueue::start(unsigned workers) {
    const std::lock_guard lock(mutex_);
    stopping_ = false;
    for (unsigned i = 0; i < std::max(workers, 1u); ++i) workers_.emplace_back([this] { work(); });
}

bool WorkQueue::try_submit(std::function<void()> job) {
    {
        const std::lock_guard lock(mutex_);
        if (stopping_ || jobs_.size() >= limit_) return false;
        jobs_.push_back(std::move(job));
    }
    ready_.notify_one();
    return true;
}

std::size_t WorkQueue::waiting() const {
    const std::lock_guard lock(mutex_);
    return jobs_.size();
}

void WorkQueue::stop() {
    std::vector<std::thread> workers;
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
        workers.swap(workers_);
    }
    ready_.notify_all();
    for (auto& worker : workers) worker.join();
}

void WorkQueue::work() {
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(mutex_);
            ready_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
            if (jobs_.empty()) return;  // stopping, and nothing left to finish
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        try {
            job();
        } catch (const std::exception& e) {
            log_line(std::string("unexpected exception in a request worker: ") + e.what());
        }
    }
}

}  // namespace rs::http
