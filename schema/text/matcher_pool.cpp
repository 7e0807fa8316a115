#include "schema/text/matcher_pool.hpp"

#include <bitset>
#include <stdexcept>
#include <string>

namespace rs::schema::detail {

namespace {

// Every thread that searches gets the lowest free place number, the same in every pool,
// and frees it when it ends; threads beyond the places get `thread_places` (none).
constexpr std::size_t unassigned = MatcherPool::thread_places + 1;
thread_local std::size_t this_thread_place = unassigned;  // trivial: no guard on the fast path

std::mutex places_mutex;
std::bitset<MatcherPool::thread_places> places_taken;

struct PlaceRelease {
    ~PlaceRelease() {
        const std::lock_guard lock(places_mutex);
        if (this_thread_place < MatcherPool::thread_places) places_taken.reset(this_thread_place);
        this_thread_place = MatcherPool::thread_places;  // searches after this point use the free list
    }
};

std::size_t assign_place() {
    {
        const std::lock_guard lock(places_mutex);
        std::size_t place = 0;
        while (place < MatcherPool::thread_places && places_taken.test(place)) ++place;
        if (place < MatcherPool::thread_places) places_taken.set(place);
        this_thread_place = place;
    }
    thread_local PlaceRelease release;  // frees the place when the thread ends
    return this_thread_place;
}

std::size_t thread_place() {
    return this_thread_place != unassigned ? this_thread_place : assign_place();
}

// A long text searched once is not kept for the pattern's lifetime.
constexpr int32_t kept_input_capacity = 4096;  // UTF-16 units: a long line

}  // namespace

MatcherPool::~MatcherPool() {
    for (auto& place : places_) delete place.idle.load();
}

MatcherSlot* MatcherPool::borrow() const {
    const std::size_t place = thread_place();
    if (place < thread_places)
        if (MatcherSlot* slot = places_[place].idle.exchange(nullptr, std::memory_order_acquire)) return slot;
    {
        const std::lock_guard lock(mutex_);
        if (!idle_.empty()) {
            MatcherSlot* slot = idle_.back().release();
            idle_.pop_back();
            return slot;
        }
    }
    UErrorCode status = U_ZERO_ERROR;
    auto slot = std::make_unique<MatcherSlot>();
    slot->matcher.reset(pattern_.matcher(status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("no ICU matcher: ") + u_errorName(status));
    return slot.release();
}

void MatcherPool::give_back(MatcherSlot* slot) const noexcept {
    std::unique_ptr<MatcherSlot> owned(slot);  // freed if it cannot be kept
    if (owned->input.getCapacity() > kept_input_capacity) owned->input = icu::UnicodeString();
    try {
        const std::size_t place = thread_place();
        MatcherSlot* empty = nullptr;
        if (place < thread_places && places_[place].idle.compare_exchange_strong(
                                         empty, owned.get(), std::memory_order_release, std::memory_order_relaxed)) {
            static_cast<void>(owned.release());  // the place owns it now
            return;
        }
        const std::lock_guard lock(mutex_);
        idle_.push_back(std::move(owned));  // on failure `owned` still has it
    } catch (...) {
    }
}

}  // namespace rs::schema::detail
