// Prints nDCG@10, recall@10 and MRR per query class for Referatsøg and a plain-Xapian
// baseline over the same items (tests/relevance/): `bench/relevance.sh`.

#include <exception>
#include <filesystem>
#include <iostream>

#include "tests/relevance/evaluation.hpp"
#include "tests/support/paths.hpp"

int main() {
    try {
        rs::test::TempDir dir;
        const auto index = rs::relevance::build_referatsog_index(dir.path());
        const auto collection = rs::relevance::load_collection(rs::test::source_dir() / "tests" / "relevance");
        auto ours = rs::relevance::make_referatsog_engine(index);
        auto baseline = rs::relevance::make_baseline_engine(index, dir.path());
        std::cout << rs::relevance::report(rs::relevance::evaluate(collection, *ours),
                                           rs::relevance::evaluate(collection, *baseline), ours->name(),
                                           baseline->name());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "relevance_report: " << e.what() << '\n';
        return 1;
    }
}
