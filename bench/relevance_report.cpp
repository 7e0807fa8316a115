// Prints nDCG@10, recall@10 and MRR per query class for Referatsøg and a plain-Xapian
// baseline over the same items (tests/relevance/): `bench/relevance.sh [--per-query|--misses]`.
// --per-query prints each query's scores; --misses also names the relevant items that
// Referatsøg leaves out of its first 10, the list to read when recall falls.

#include <exception>
#include <filesystem>
#include <cstdio>
#include <iostream>
#include <algorithm>
#include <string>

#include "tests/relevance/evaluation.hpp"
#include "tests/relevance/metrics.hpp"
#include "tests/support/paths.hpp"

int main(int argc, char** argv) {
    const std::string option = argc > 1 ? argv[1] : "";
    const bool misses = option == "--misses";
    const bool per_query = misses || option == "--per-query";
    try {
        rs::test::TempDir dir;
        const auto index = rs::relevance::build_referatsog_index(dir.path());
        const auto collection = rs::relevance::load_collection(rs::test::source_dir() / "tests" / "relevance");
        auto ours = rs::relevance::make_referatsog_engine(index);
        auto baseline = rs::relevance::make_baseline_engine(index, dir.path());
        if (per_query)
            for (const auto& query : collection.queries) {
                const auto& grades = collection.grades.at(query.id);
                if (grades.empty()) continue;
                const auto mine = ours->rank(query.text, rs::relevance::depth);
                const double a = rs::relevance::ndcg_at(mine, grades);
                const double b = rs::relevance::ndcg_at(baseline->rank(query.text, rs::relevance::depth), grades);
                std::printf("%s %-16s nDCG %.3f %.3f recall %.2f  %s%s\n", query.id.c_str(),
                            query.query_class.c_str(), a, b, rs::relevance::recall_at(mine, grades),
                            query.text.c_str(), a + 0.05 < b ? "   <-- behind" : "");
                if (!misses) continue;
                const auto deep = ours->rank(query.text, 100);
                for (const auto& [id, grade] : grades) {
                    const auto at = std::find(deep.begin(), deep.end(), id);
                    const auto rank = static_cast<std::size_t>(at - deep.begin()) + 1;
                    if (at == deep.end())
                        std::printf("    missed (grade %d) %s: not matched\n", grade, id.c_str());
                    else if (rank > rs::relevance::depth)
                        std::printf("    missed (grade %d) %s: rank %zu\n", grade, id.c_str(), rank);
                }
            }
        std::cout << rs::relevance::report(rs::relevance::evaluate(collection, *ours),
                                           rs::relevance::evaluate(collection, *baseline), ours->name(),
                                           baseline->name());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "relevance_report: " << e.what() << '\n';
        return 1;
    }
}
