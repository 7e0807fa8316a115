#pragma once
// The open connections, so that a graceful stop can close the idle ones at once instead of
// waiting for their keep-alive timeouts, and so that the server can shed the oldest idle
// keep-alive connections when it reaches its connection limit or runs out of descriptors.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <map>

namespace rs::http {

/// A connection the server can ask to finish.
class StoppableSession {
public:
    virtual ~StoppableSession() = default;
    /// Close when idle: at once if waiting for a request, after the response if busy. Thread-safe.
    virtual void stop() = 0;
    /// True while the connection waits for a request (between requests on a kept-alive
    /// connection, or before the first). Thread-safe.
    virtual bool idle() const = 0;
};

/// Thread-safe set of live sessions.
class SessionRegistry {
public:
    /// Registers `session`; returns the key to remove it with.
    std::uint64_t add(std::weak_ptr<StoppableSession> session);
    /// Forgets the session registered under `key` (called from its destructor).
    void remove(std::uint64_t key);
    /// Calls stop() on every live session, outside the lock.
    void stop_all();
    /// Number of registered sessions.
    std::size_t size() const;
    /// Stops up to `count` idle sessions, oldest first, outside the lock; returns how many.
    /// A session already asked to stop is never chosen again: it stays registered (its
    /// descriptor is open) until its strand has closed it, and choosing it a second time
    /// would free nothing while the caller counts it as room made.
    std::size_t stop_oldest_idle(std::size_t count);

private:
    struct Entry {
        std::weak_ptr<StoppableSession> session;
        bool stop_asked = false;  ///< stop() was called: closing, no longer a candidate.
    };

    mutable std::mutex mutex_;
    std::uint64_t next_key_ = 0;
    std::map<std::uint64_t, Entry> sessions_;  ///< Keys grow: oldest first.
};

}  // namespace rs::http
