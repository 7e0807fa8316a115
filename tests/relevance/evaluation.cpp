#include "tests/relevance/evaluation.hpp"

#include <cstdio>

#include "tests/relevance/metrics.hpp"

namespace rs::relevance {

ScoresByClass evaluate(const Collection& collection, Engine& engine) {
    ScoresByClass sums;
    for (const auto& query : collection.queries) {
        const auto& grades = collection.grades.at(query.id);
        if (grades.empty()) continue;
        const auto ranked = engine.rank(query.text, depth);
        for (const std::string& bucket : {query.query_class, std::string("all")}) {
            auto& s = sums[bucket];
            s.ndcg += ndcg_at(ranked, grades);
            s.recall += recall_at(ranked, grades);
            s.mrr += reciprocal_rank(ranked, grades);
            ++s.queries;
        }
    }
    for (auto& [name, s] : sums) {
        const auto n = static_cast<double>(s.queries);
        s.ndcg /= n;
        s.recall /= n;
        s.mrr /= n;
    }
    return sums;
}

std::string report(const ScoresByClass& ours, const ScoresByClass& baseline, const std::string& our_name,
                   const std::string& baseline_name) {
    std::string out;
    char line[256];
    std::snprintf(line, sizeof line, "%-18s %4s | %-23s | %-23s | %-23s\n", "class", "n", "nDCG@10", "recall@10", "MRR");
    out += line;
    std::snprintf(line, sizeof line, "%-18s %4s | %11s %11s | %11s %11s | %11s %11s\n", "", "", our_name.c_str(),
                  baseline_name.c_str(), our_name.c_str(), baseline_name.c_str(), our_name.c_str(), baseline_name.c_str());
    out += line;
    const auto row = [&](const std::string& name) {
        const Scores a = ours.count(name) ? ours.at(name) : Scores{};
        const Scores b = baseline.count(name) ? baseline.at(name) : Scores{};
        std::snprintf(line, sizeof line, "%-18s %4zu | %11.3f %11.3f | %11.3f %11.3f | %11.3f %11.3f\n", name.c_str(),
                      a.queries, a.ndcg, b.ndcg, a.recall, b.recall, a.mrr, b.mrr);
        out += line;
    };
    for (const auto& [name, scores] : ours)
        if (name != "all") row(name);
    row("all");
    return out;
}

}  // namespace rs::relevance
