// Search quality against the relevance collection: Referatsøg must stay above the floors
// checked in beside the judgments (floor.tsv), a guard against regressions in ranking and
// analysis. The table of both engines is printed on every run.

#include <fstream>
#include <iostream>
#include <sstream>

#include <cmath>

#include <gtest/gtest.h>
#include <xapian.h>

#include "tests/relevance/evaluation.hpp"
#include "tests/relevance/metrics.hpp"
#include "tests/support/paths.hpp"

namespace rs::relevance {
namespace {

std::filesystem::path collection_dir() { return test::source_dir() / "tests" / "relevance"; }

std::map<std::string, double> floors() {
    std::ifstream in(collection_dir() / "floor.tsv");
    std::map<std::string, double> out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line.front() == '#') continue;
        std::istringstream fields(line);
        std::string metric;
        double value = 0;
        if (fields >> metric >> value) out[metric] = value;
    }
    return out;
}

TEST(RelevanceMetrics, AgreeWithHandComputedValues) {
    const std::map<std::string, int> grades{{"a", 2}, {"b", 1}};
    EXPECT_DOUBLE_EQ(ndcg_at({"a", "b"}, grades), 1.0);
    EXPECT_NEAR(ndcg_at({"b", "a"}, grades), (1.0 + 3.0 / std::log2(3.0)) / (3.0 + 1.0 / std::log2(3.0)), 1e-12);
    EXPECT_DOUBLE_EQ(ndcg_at({"x"}, grades), 0.0);
    EXPECT_DOUBLE_EQ(recall_at({"x", "a"}, grades), 0.5);
    EXPECT_DOUBLE_EQ(reciprocal_rank({"x", "y", "b"}, grades), 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(reciprocal_rank({"x"}, grades), 0.0);
}

TEST(RelevanceCollection, EveryJudgedItemIsIndexed) {
    test::TempDir dir;
    const auto index = build_referatsog_index(dir.path());
    const auto collection = load_collection(collection_dir());
    const Xapian::Database db(index.string());
    for (const auto& [query, grades] : collection.grades)
        for (const auto& [item, grade] : grades)
            EXPECT_NE(db.postlist_begin("Q" + item), db.postlist_end("Q" + item)) << query << ": no item " << item;
}

TEST(Relevance, ReferatsogStaysAboveItsFloors) {
    test::TempDir dir;
    const auto index = build_referatsog_index(dir.path());
    const auto collection = load_collection(collection_dir());
    auto ours = make_referatsog_engine(index);
    auto baseline = make_baseline_engine(index, dir.path());
    const auto our_scores = evaluate(collection, *ours);
    const auto baseline_scores = evaluate(collection, *baseline);
    std::cout << report(our_scores, baseline_scores, ours->name(), baseline->name());
    const auto& all = our_scores.at("all");
    const auto minimum = floors();
    ASSERT_FALSE(minimum.empty()) << "tests/relevance/floor.tsv is missing or empty";
    EXPECT_GE(all.ndcg, minimum.at("ndcg")) << "nDCG@10 fell below the floor";
    EXPECT_GE(all.recall, minimum.at("recall")) << "recall@10 fell below the floor";
    EXPECT_GE(all.mrr, minimum.at("mrr")) << "MRR fell below the floor";
}

}  // namespace
}  // namespace rs::relevance
