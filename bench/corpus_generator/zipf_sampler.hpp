#pragma once
// Word ranks drawn with a Zipf–Mandelbrot distribution, p(rank) ∝ 1 / (rank + offset)^exponent,
// so that term frequencies in the corpus fall off the way they do in natural text.

#include <cstdint>
#include <vector>

#include "bench/corpus_generator/random.hpp"

namespace rs::corpus_generator {

/// The shape of the rank distribution.
struct ZipfShape {
    double exponent = 1.05;  ///< s: 1.0–1.1 for natural language.
    double offset = 2.7;     ///< Mandelbrot's q: flattens the very top ranks, as in real text.
};

/// Draws ranks 0 … size-1 (0 the most frequent).
class ZipfSampler {
public:
    /// A sampler over `size` ranks (size > 0).
    ZipfSampler(std::size_t size, ZipfShape shape = {});

    /// One rank.
    std::size_t draw(Random& random) const;
    /// Number of ranks.
    std::size_t size() const { return cumulative_.size(); }
    /// The probability of `rank`, for tests.
    double probability(std::size_t rank) const;

private:
    // Integer cumulative weights: drawing compares integers only, so a draw is the same on
    // every machine; the weights themselves come from portable_pow (zipf_sampler.cpp).
    std::vector<std::uint64_t> cumulative_;
};

/// x^y for x >= 1, computed with + - * / and exact scaling only, so that it gives the same
/// bits on every IEEE-754 machine (std::pow's last bit depends on the C library). The
/// library is compiled with -ffp-contract=off for the same reason.
double portable_pow(double x, double y);

}  // namespace rs::corpus_generator
