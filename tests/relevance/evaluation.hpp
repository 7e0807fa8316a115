#pragma once
// Runs a collection through engines and averages the metrics per query class.

#include <map>
#include <string>
#include <vector>

#include "tests/relevance/collection.hpp"
#include "tests/relevance/engines.hpp"

namespace rs::relevance {

/// Mean metrics over a set of queries.
struct Scores {
    double ndcg = 0;
    double recall = 0;
    double mrr = 0;
    std::size_t queries = 0;
};

/// One engine's scores: per query class, "all" for every judged query.
using ScoresByClass = std::map<std::string, Scores>;

/// Scores of `engine` on the queries of `collection` that have relevant items (queries
/// whose answer is nothing are left out: no metric rewards an empty list).
ScoresByClass evaluate(const Collection& collection, Engine& engine);

/// A table of both engines per class: nDCG@10, recall@10 and MRR side by side.
std::string report(const ScoresByClass& ours, const ScoresByClass& baseline, const std::string& our_name,
                   const std::string& baseline_name);

}  // namespace rs::relevance
