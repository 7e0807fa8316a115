#pragma once
// How far the last index build got, recorded in the index itself so that readers can
// tell a complete index from one whose build stopped half-way (killed, disk full). The
// indexer writes it when a build starts (incomplete), with every commit (files done so
// far) and when the build ends (complete); a reader trusts nothing else.

#include <cstdint>
#include <string>
#include <string_view>

namespace rs::schema {

/// Metadata key of the build state.
inline constexpr std::string_view build_state_key = "referatsog.build";

struct BuildState {
    bool complete = true;         ///< False from a build's start until it has finished.
    std::uint64_t files_total = 0;  ///< Files the build set out to read.
    std::uint64_t files_done = 0;   ///< Of those, committed to the index.
    std::string started;          ///< UTC, ISO 8601 ("2026-12-02T01:40:00Z").
    std::string finished;         ///< UTC, "" until the build has finished.
};

/// The state as stored (JSON).
std::string encode_build_state(const BuildState& state);

/// The stored state. "" (an index built before states were recorded) reads as complete
/// with nothing known; a value that is not a state reads as incomplete.
BuildState decode_build_state(std::string_view stored);

/// Now, UTC, ISO 8601 to the second.
std::string utc_now();

}  // namespace rs::schema
