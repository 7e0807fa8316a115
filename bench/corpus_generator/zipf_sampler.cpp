#include "bench/corpus_generator/zipf_sampler.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace rs::corpus_generator {

namespace {

constexpr double ln2 = 0.693147180559945309417232121458176568;
// Weights are scaled to integers with this many bits before the smallest one: enough that
// the rarest of a few hundred thousand words still has a weight far above 1.
constexpr double weight_scale = 1099511627776.0;  // 2^40

/// ln(x) for x > 0: x = m·2^e with m in [0.5, 1) (exact), ln m by the atanh series.
double portable_log(double x) {
    int exponent = 0;
    const double m = std::frexp(x, &exponent);
    const double t = (m - 1.0) / (m + 1.0);  // |t| <= 1/3
    const double t2 = t * t;
    double term = t, sum = 0.0;
    for (int k = 1; k < 60; k += 2) {
        sum += term / k;
        term *= t2;
    }
    return 2.0 * sum + exponent * ln2;
}

/// e^y: y = k·ln2 + r with |r| <= ln2/2, e^r by its Taylor series, then exact scaling by 2^k.
double portable_exp(double y) {
    const double k = std::floor(y / ln2 + 0.5);
    const double r = y - k * ln2;
    double term = 1.0, sum = 1.0;
    for (int n = 1; n < 30; ++n) {
        term *= r / n;
        sum += term;
    }
    return std::ldexp(sum, static_cast<int>(k));
}

}  // namespace

double portable_pow(double x, double y) {
    if (x < 1.0) throw std::invalid_argument("portable_pow: x must be >= 1");
    return portable_exp(y * portable_log(x));
}

ZipfSampler::ZipfSampler(std::size_t size, ZipfShape shape) {
    if (size == 0) throw std::invalid_argument("ZipfSampler over no ranks");
    cumulative_.reserve(size);
    std::uint64_t total = 0;
    for (std::size_t rank = 0; rank < size; ++rank) {
        const double weight = weight_scale / portable_pow(static_cast<double>(rank + 1) + shape.offset, shape.exponent);
        total += std::max<std::uint64_t>(1, static_cast<std::uint64_t>(weight));
        cumulative_.push_back(total);
    }
}

std::size_t ZipfSampler::draw(Random& random) const {
    const std::uint64_t at = random.below(cumulative_.back());
    return static_cast<std::size_t>(std::upper_bound(cumulative_.begin(), cumulative_.end(), at) - cumulative_.begin());
}

double ZipfSampler::probability(std::size_t rank) const {
    const std::uint64_t before = rank == 0 ? 0 : cumulative_[rank - 1];
    return static_cast<double>(cumulative_[rank] - before) / static_cast<double>(cumulative_.back());
}

}  // namespace rs::corpus_generator
