#pragma once
// The generator's only source of chance. std::mt19937_64's output is fixed by the standard,
// but the distributions (std::uniform_int_distribution …) are implementation-defined, so
// every draw goes through the bounded-integer helpers here: the same seed gives the same
// corpus on every machine and standard library.

#include <cstdint>
#include <random>
#include <span>
#include <string_view>
#include <vector>

namespace rs::corpus_generator {

/// SplitMix64's finaliser: spreads a counter or a combination of seeds over 64 bits.
std::uint64_t mix64(std::uint64_t value);

/// A seed for an independent stream: `parent` combined with a label and an index, so that
/// each meeting (or body, or year) draws from its own stream whatever was drawn before it.
std::uint64_t derive_seed(std::uint64_t parent, std::string_view label, std::uint64_t index = 0);

/// A stream of random choices.
class Random {
public:
    explicit Random(std::uint64_t seed) : engine_(seed) {}

    /// The next raw 64 bits.
    std::uint64_t next() { return engine_(); }
    /// Uniform in [0, bound); bound must be > 0. Rejection sampling: no modulo bias.
    std::uint64_t below(std::uint64_t bound);
    /// Uniform in [low, high], both included; low <= high.
    int between(int low, int high);
    /// True with probability percent/100 (percent in 0..100).
    bool percent(int percent);
    /// A uniformly chosen index into a non-empty collection of `size` elements.
    std::size_t index(std::size_t size) { return static_cast<std::size_t>(below(size)); }
    /// A uniformly chosen element of a non-empty span.
    template <typename T>
    const T& pick(std::span<const T> items) {
        return items[index(items.size())];
    }
    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[index(items.size())];
    }
    /// An index chosen with probability proportional to `weights` (non-negative, sum > 0).
    std::size_t weighted(std::span<const unsigned> weights);

private:
    std::mt19937_64 engine_;
};

}  // namespace rs::corpus_generator
