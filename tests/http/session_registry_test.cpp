#include "searchd/http/session_registry.hpp"

#include <memory>
#include <vector>

#include <gtest/gtest.h>

namespace rs::http {
namespace {

/// A session that, like the real one, closes later on its own strand: stop() only records the
/// call, and the session stays registered (and idle) until the test lets it go.
class SlowSession : public StoppableSession {
public:
    explicit SlowSession(bool idle) : idle_(idle) {}
    void stop() override { ++stops; }
    bool idle() const override { return idle_; }
    int stops = 0;

private:
    bool idle_;
};

struct Registered {
    std::shared_ptr<SlowSession> session;
    std::uint64_t key;
};

Registered add(SessionRegistry& registry, bool idle) {
    auto session = std::make_shared<SlowSession>(idle);
    const auto key = registry.add(session);
    return {session, key};
}

TEST(SessionRegistry, ShedsTheOldestIdleSessionsFirst) {
    SessionRegistry registry;
    const auto busy = add(registry, false);
    const auto oldest_idle = add(registry, true);
    const auto newer_idle = add(registry, true);
    EXPECT_EQ(registry.stop_oldest_idle(1), 1u);
    EXPECT_EQ(busy.session->stops, 0);
    EXPECT_EQ(oldest_idle.session->stops, 1);
    EXPECT_EQ(newer_idle.session->stops, 0);
}

// At the connection limit every accept sheds one idle session. A shed session stays
// registered until its strand has closed it; choosing it again freed nothing, so 1,100 idle
// connections grew past the limit into the open-files limit (tests/hardening/).
TEST(SessionRegistry, NeverShedsASessionItIsAlreadyClosing) {
    SessionRegistry registry;
    std::vector<Registered> idle;
    for (int i = 0; i < 3; ++i) idle.push_back(add(registry, true));
    EXPECT_EQ(registry.stop_oldest_idle(1), 1u);
    EXPECT_EQ(registry.stop_oldest_idle(1), 1u);
    EXPECT_EQ(registry.stop_oldest_idle(2), 1u);  // only one left that is not closing
    EXPECT_EQ(registry.stop_oldest_idle(1), 0u);
    for (const auto& r : idle) EXPECT_EQ(r.session->stops, 1);
    EXPECT_EQ(registry.size(), 3u);  // still open until they finish
    for (const auto& r : idle) registry.remove(r.key);
    EXPECT_EQ(registry.size(), 0u);
}

TEST(SessionRegistry, StopAllReachesEverySessionAndLeavesNoneToShed) {
    SessionRegistry registry;
    const auto busy = add(registry, false);
    const auto idle = add(registry, true);
    registry.stop_all();
    EXPECT_EQ(busy.session->stops, 1);
    EXPECT_EQ(idle.session->stops, 1);
    EXPECT_EQ(registry.stop_oldest_idle(2), 0u);
}

TEST(SessionRegistry, SkipsSessionsThatAreGone) {
    SessionRegistry registry;
    auto gone = add(registry, true);
    gone.session.reset();  // destroyed without remove(): the weak pointer has expired
    const auto live = add(registry, true);
    EXPECT_EQ(registry.stop_oldest_idle(1), 1u);
    EXPECT_EQ(live.session->stops, 1);
}

}  // namespace
}  // namespace rs::http
