#pragma once
// A seeded random source with the few draws the generator needs. It maps the raw
// std::mt19937 output itself (std::uniform_int_distribution differs between standard
// libraries), so one seed gives one meeting everywhere.

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace rs::test {

class RandomSource {
public:
    explicit RandomSource(std::uint32_t seed) : engine_(seed) {}

    /// A whole number in [low, high].
    int between(int low, int high) {
        const auto span = static_cast<std::uint64_t>(high - low) + 1;
        return low + static_cast<int>(static_cast<std::uint64_t>(engine_()) % span);
    }
    /// True with the given probability (0..1).
    bool chance(double probability) {
        return static_cast<double>(engine_()) / 4294967296.0 < probability;
    }
    /// One element of a non-empty list.
    template <typename T>
    const T& pick(const std::vector<T>& list) {
        return list[static_cast<std::size_t>(between(0, static_cast<int>(list.size()) - 1))];
    }
    /// `count` distinct elements of `list`, in list order (count <= size).
    template <typename T>
    std::vector<T> pick_some(const std::vector<T>& list, std::size_t count) {
        std::vector<T> chosen;
        std::size_t left = list.size();
        for (const T& element : list) {
            if (chosen.size() < count &&
                between(1, static_cast<int>(left)) <= static_cast<int>(count - chosen.size()))
                chosen.push_back(element);
            --left;
        }
        return chosen;
    }
    /// A raw 32-bit draw, for deriving child seeds.
    std::uint32_t next() { return static_cast<std::uint32_t>(engine_()); }

private:
    std::mt19937 engine_;
};

}  // namespace rs::test
