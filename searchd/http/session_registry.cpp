#include "searchd/http/session_registry.hpp"

#include <vector>

namespace rs::http {

std::uint64_t SessionRegistry::add(std::weak_ptr<StoppableSession> session) {
    const std::lock_guard lock(mutex_);
    const auto key = next_key_++;
    sessions_.emplace(key, Entry{std::move(session)});
    return key;
}

void SessionRegistry::remove(std::uint64_t key) {
    const std::lock_guard lock(mutex_);
    sessions_.erase(key);
}

void SessionRegistry::stop_all() {
    // Lock the sessions first, then release the mutex: stop() may end a session, whose
    // destructor calls remove() and would deadlock on a held mutex.
    std::vector<std::shared_ptr<StoppableSession>> live;
    {
        const std::lock_guard lock(mutex_);
        live.reserve(sessions_.size());
        for (auto& [key, entry] : sessions_) {
            entry.stop_asked = true;
            if (auto session = entry.session.lock()) live.push_back(std::move(session));
        }
    }
    for (const auto& session : live) session->stop();
}

std::size_t SessionRegistry::stop_oldest_idle(std::size_t count) {
    std::vector<std::shared_ptr<StoppableSession>> chosen;
    {
        const std::lock_guard lock(mutex_);
        for (auto& [key, entry] : sessions_) {
            if (chosen.size() == count) break;
            if (entry.stop_asked) continue;
            if (auto session = entry.session.lock(); session && session->idle()) {
                entry.stop_asked = true;
                chosen.push_back(std::move(session));
            }
        }
    }
    for (const auto& session : chosen) session->stop();
    return chosen.size();
}

std::size_t SessionRegistry::size() const {
    const std::lock_guard lock(mutex_);
    return sessions_.size();
}

}  // namespace rs::http
