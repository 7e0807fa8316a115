#include "searchd/search/comparison.hpp"

#include <algorithm>
#include <tuple>

namespace rs::search {

Comparison compare_by_body(const SearchResult& result) {
    Comparison comparison;
    comparison.total = result.total;
    comparison.truncated = result.total > result.hits.size();
    std::map<std::string, ComparisonGroup> by_body;
    for (const auto& hit : result.hits) {
        auto& group = by_body[hit.meeting.body];
        group.body = hit.meeting.body;
        group.items.push_back(hit);
    }
    for (auto& [body, group] : by_body) {
        std::stable_sort(group.items.begin(), group.items.end(), [](const Hit& a, const Hit& b) {
            return std::tie(a.meeting.date, a.item.number, a.item.sub) < std::tie(b.meeting.date, b.item.number, b.item.sub);
        });
        for (const auto& hit : group.items) {
            if (!hit.meeting.date.empty()) {
                if (group.first_date.empty()) group.first_date = hit.meeting.date;
                group.latest_date = hit.meeting.date;
            }
            for (const auto& outcome : hit.item.decisions) ++group.outcomes[outcome];
            if (!hit.item.decisions.empty()) group.latest_outcome = hit.item.decisions;
        }
        comparison.groups.push_back(std::move(group));
    }
    std::stable_sort(comparison.groups.begin(), comparison.groups.end(),
                     [](const ComparisonGroup& a, const ComparisonGroup& b) {
                         if (a.first_date.empty() != b.first_date.empty()) return b.first_date.empty();
                         return std::tie(a.first_date, a.body) < std::tie(b.first_date, b.body);
                     });
    return comparison;
}

}  // namespace rs::search
