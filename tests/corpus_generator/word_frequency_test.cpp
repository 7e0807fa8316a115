// Term frequencies follow a Zipf curve: the sampler's own probabilities, and the words of
// the generated files (filler and woven phrases together, as the index sees them).
#include <algorithm>
#include <cmath>
#include <map>

#include <gtest/gtest.h>

#include "bench/corpus_generator/zipf_sampler.hpp"
#include "tests/corpus_generator/generated_corpus.hpp"

namespace cg = rs::corpus_generator;

TEST(WordFrequency, TheSamplerFollowsZipfMandelbrot) {
    const cg::ZipfShape shape;
    const cg::ZipfSampler sampler(50000, shape);
    const auto expected = [&](std::size_t a, std::size_t b) {
        return std::pow((static_cast<double>(b) + 1 + shape.offset) / (static_cast<double>(a) + 1 + shape.offset), shape.exponent);
    };
    for (std::size_t rank : {1u, 9u, 99u, 999u, 9999u})
        EXPECT_NEAR(sampler.probability(0) / sampler.probability(rank), expected(0, rank), 1e-3 * expected(0, rank));
    cg::Random random(3);
    std::vector<std::size_t> counts(sampler.size(), 0);
    for (int i = 0; i < 200000; ++i) ++counts[sampler.draw(random)];
    EXPECT_NEAR(static_cast<double>(counts[0]) / 200000, sampler.probability(0), 0.005);
    EXPECT_GT(counts[0], 20 * counts[99]);
}

namespace {

// Lowercase letter runs (a–z, æ, ø, å) of `text`.
void count_words(const std::string& text, std::map<std::string, std::size_t>& counts) {
    std::string word;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const auto c = i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
        if (c >= 'a' && c <= 'z') {
            word += static_cast<char>(c);
        } else if (c >= 'A' && c <= 'Z') {
            word += static_cast<char>(c - 'A' + 'a');
        } else if (c == 0xC3 && i + 1 < text.size()) {
            auto second = static_cast<unsigned char>(text[i + 1]);
            if (second >= 0x80 && second <= 0x9E) second = static_cast<unsigned char>(second + 0x20);
            word += static_cast<char>(c);
            word += static_cast<char>(second);
            ++i;
        } else if (!word.empty()) {
            ++counts[word];
            word.clear();
        }
    }
}

}  // namespace

TEST(WordFrequency, TheCorpusWordsFallOffLikeNaturalText) {
    const auto& corpus = rs::test::shared_corpus();
    std::map<std::string, std::size_t> counts;
    for (const auto& [path, bytes] : rs::test::read_tree(corpus.folder))
        if (path.ends_with(".txt")) count_words(bytes, counts);
    std::vector<std::size_t> frequencies;
    for (const auto& [word, count] : counts) frequencies.push_back(count);
    std::sort(frequencies.rbegin(), frequencies.rend());
    ASSERT_GT(frequencies.size(), 2000u) << "too few distinct words for a vocabulary of tens of thousands";
    // The most frequent word is far more common than the 100th …
    EXPECT_GT(frequencies[0], 10 * frequencies[99]);
    // … and rank × frequency stays within a band over the top ranks (a uniform draw would
    // grow it a hundredfold from rank 10 to rank 1000).
    std::vector<double> products;
    for (std::size_t rank : {10u, 20u, 50u, 100u, 200u, 500u, 1000u})
        products.push_back(static_cast<double>(rank) * static_cast<double>(frequencies[rank - 1]));
    std::vector<double> sorted = products;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted[sorted.size() / 2];
    for (double product : products) {
        EXPECT_GT(product, median / 3);
        EXPECT_LT(product, median * 3);
    }
}
