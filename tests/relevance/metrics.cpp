#include "tests/relevance/metrics.hpp"

#include <algorithm>
#include <cmath>

namespace rs::relevance {

namespace {

int grade_of(const std::map<std::string, int>& grades, const std::string& id) {
    const auto it = grades.find(id);
    return it == grades.end() ? 0 : it->second;
}

double dcg(const std::vector<int>& gains_in_order, std::size_t k) {
    double sum = 0;
    for (std::size_t i = 0; i < gains_in_order.size() && i < k; ++i)
        sum += (std::pow(2.0, gains_in_order[i]) - 1.0) / std::log2(static_cast<double>(i) + 2.0);
    return sum;
}

}  // namespace

double ndcg_at(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades, std::size_t k) {
    std::vector<int> got;
    for (const auto& id : ranked) got.push_back(grade_of(grades, id));
    std::vector<int> ideal;
    for (const auto& [id, grade] : grades) ideal.push_back(grade);
    std::sort(ideal.rbegin(), ideal.rend());
    const double best = dcg(ideal, k);
    return best == 0 ? 0 : dcg(got, k) / best;
}

double recall_at(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades, std::size_t k) {
    std::size_t relevant = 0;
    for (const auto& [id, grade] : grades) relevant += grade > 0 ? 1 : 0;
    if (relevant == 0) return 0;
    std::size_t found = 0;
    for (std::size_t i = 0; i < ranked.size() && i < k; ++i) found += grade_of(grades, ranked[i]) > 0 ? 1 : 0;
    return static_cast<double>(found) / static_cast<double>(std::min(k, relevant));
}

double reciprocal_rank(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades,
                       std::size_t k) {
    for (std::size_t i = 0; i < ranked.size() && i < k; ++i)
        if (grade_of(grades, ranked[i]) > 0) return 1.0 / static_cast<double>(i + 1);
    return 0;
}

}  // namespace rs::relevance
