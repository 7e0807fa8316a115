// The requests' work queue: first come first served, bounded, and a stop that finishes
// what was queued.
#include "searchd/http/work_queue.hpp"

#include <atomic>
#include <future>
#include <mutex>
#include <stdexcept>
#include <vector>

#include <gtest/gtest.h>

namespace rs::http {
namespace {

TEST(WorkQueue, OneWorkerRunsJobsInTheOrderTheyCame) {
    WorkQueue queue(100);
    std::mutex mutex;
    std::vector<int> order;
    for (int i = 0; i < 50; ++i)
        ASSERT_TRUE(queue.try_submit([&, i] {
            const std::lock_guard lock(mutex);
            order.push_back(i);
        }));
    EXPECT_EQ(queue.waiting(), 50u) << "nothing runs before start()";
    queue.start(1);
    queue.stop();
    ASSERT_EQ(order.size(), 50u);
    for (int i = 0; i < 50; ++i) EXPECT_EQ(order[static_cast<std::size_t>(i)], i);
}

TEST(WorkQueue, RefusesAJobWhenTheLimitIsWaiting) {
    WorkQueue queue(2);
    std::atomic<int> ran{0};
    EXPECT_TRUE(queue.try_submit([&] { ++ran; }));
    EXPECT_TRUE(queue.try_submit([&] { ++ran; }));
    EXPECT_FALSE(queue.try_submit([&] { ++ran; }));
    EXPECT_EQ(queue.waiting(), 2u);
    queue.start(2);
    queue.stop();
    EXPECT_EQ(ran, 2);
    EXPECT_FALSE(queue.try_submit([&] { ++ran; })) << "a stopped queue takes nothing";
}

TEST(WorkQueue, JobsRunOnSeveralWorkersAtOnce) {
    WorkQueue queue(10);
    queue.start(2);
    std::promise<void> first_running, second_running;
    auto first = first_running.get_future().share();
    auto second = second_running.get_future().share();
    // Each waits for the other: only two workers running together can finish both.
    ASSERT_TRUE(queue.try_submit([&, second] {
        first_running.set_value();
        ASSERT_EQ(second.wait_for(std::chrono::seconds(10)), std::future_status::ready);
    }));
    ASSERT_TRUE(queue.try_submit([&, first] {
        second_running.set_value();
        ASSERT_EQ(first.wait_for(std::chrono::seconds(10)), std::future_status::ready);
    }));
    queue.stop();
    EXPECT_EQ(first.wait_for(std::chrono::seconds(0)), std::future_status::ready);
    EXPECT_EQ(second.wait_for(std::chrono::seconds(0)), std::future_status::ready);
}

TEST(WorkQueue, AJobThatThrowsDoesNotStopTheWorker) {
    WorkQueue queue(10);
    std::atomic<int> ran{0};
    ASSERT_TRUE(queue.try_submit([] { throw std::runtime_error("bad request"); }));
    ASSERT_TRUE(queue.try_submit([&] { ++ran; }));
    queue.start(1);
    queue.stop();
    EXPECT_EQ(ran, 1);
}

}  // namespace
}  // namespace rs::http
