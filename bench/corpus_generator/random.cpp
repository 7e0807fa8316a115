#include "bench/corpus_generator/random.hpp"

#include <stdexcept>

#include "schema/text/stable_hash.hpp"

namespace rs::corpus_generator {

std::uint64_t mix64(std::uint64_t value) {
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

std::uint64_t derive_seed(std::uint64_t parent, std::string_view label, std::uint64_t index) {
    return mix64(mix64(parent ^ schema::stable_hash(label)) + mix64(index));
}

std::uint64_t Random::below(std::uint64_t bound) {
    if (bound == 0) throw std::invalid_argument("Random::below(0)");
    // Values below `threshold` would make some results more likely than others: redraw.
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const std::uint64_t value = engine_();
        if (value >= threshold) return value % bound;
    }
}

int Random::between(int low, int high) {
    const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(high) - low) + 1;
    return static_cast<int>(low + static_cast<std::int64_t>(below(span)));
}

bool Random::percent(int percent) { return static_cast<int>(below(100)) < percent; }

std::size_t Random::weighted(std::span<const unsigned> weights) {
    std::uint64_t total = 0;
    for (unsigned w : weights) total += w;
    if (total == 0) throw std::invalid_argument("Random::weighted: all weights are zero");
    std::uint64_t at = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (at < weights[i]) return i;
        at -= weights[i];
    }
    return weights.size() - 1;  // not reached
}

}  // namespace rs::corpus_generator
