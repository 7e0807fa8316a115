#pragma once
// Ranking metrics over the first k results, from graded judgments.

#include <map>
#include <string>
#include <vector>

namespace rs::relevance {

/// Results depth the metrics look at.
inline constexpr std::size_t depth = 10;

/// nDCG@k with gain 2^grade − 1 and log2(rank + 1) discount, against the ideal ordering of
/// `grades`; 0 when nothing is relevant.
double ndcg_at(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades, std::size_t k = depth);

/// Relevant items (grade ≥ 1) in the first k, over min(k, number relevant): 1 means the
/// first k hold as many relevant items as they could.
double recall_at(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades,
                 std::size_t k = depth);

/// 1 / rank of the first relevant item within the first k, 0 if none.
double reciprocal_rank(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades,
                       std::size_t k = depth);

}  // namespace rs::relevance
