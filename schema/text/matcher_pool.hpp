#pragma once
// The matchers of one compiled pattern, lent to searches (regex.hpp). An ICU RegexMatcher
// holds the state of one search and cannot be shared; making one per search was too slow.
// So each pattern keeps the matchers it made and lends them out: first from a place of
// the calling thread's own, which no other thread touches, else from a free list under a
// lock (a second Match of the same pattern on one thread, a thread beyond the places).
// With only the lock, two threads searching the same patterns took twice as long per
// search (the lock's cache line moves between the cores on every borrow and return).
// Used only by regex.cpp.

#include <array>
#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

#include <unicode/regex.h>
#include <unicode/unistr.h>

namespace rs::schema::detail {

/// One matcher and the text it searches when the caller gave UTF-8 (the matcher reads it
/// in place, so it lives here, beside the matcher, for as long as the Match does).
struct MatcherSlot {
    std::unique_ptr<icu::RegexMatcher> matcher;
    icu::UnicodeString input;
};

class MatcherPool {
public:
    /// Lends matchers of `pattern`, which must outlive the pool.
    explicit MatcherPool(const icu::RegexPattern& pattern) : pattern_(pattern) {}
    MatcherPool(const MatcherPool&) = delete;
    MatcherPool& operator=(const MatcherPool&) = delete;
    ~MatcherPool();

    /// A matcher no one else holds: this thread's idle one, another idle one, or a new
    /// one. Throws std::runtime_error if ICU cannot make one. Safe from any thread.
    MatcherSlot* borrow() const;
    /// Takes `slot` back for the next borrow(). Safe from any thread.
    void give_back(MatcherSlot* slot) const noexcept;

    /// How many threads have a place of their own; the others share the free list.
    static constexpr std::size_t thread_places = 16;

private:
    /// A cache line of its own, so that threads do not slow each other down.
    struct alignas(64) Place {
        std::atomic<MatcherSlot*> idle{nullptr};
    };

    const icu::RegexPattern& pattern_;
    mutable std::array<Place, thread_places> places_;
    mutable std::mutex mutex_;  // guards idle_
    mutable std::vector<std::unique_ptr<MatcherSlot>> idle_;
};

}  // namespace rs::schema::detail
