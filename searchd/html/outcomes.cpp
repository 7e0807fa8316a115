#include "searchd/html/outcomes.hpp"

#include <algorithm>

#include "schema/vocabulary/data_table.hpp"

namespace rs::html {

namespace {
/// The colours style.css defines (outcome-1 … outcome-8); later outcomes share the last.
constexpr std::size_t palette_size = 8;
}  // namespace

const std::vector<std::string>& outcome_order() {
    static const std::vector<std::string> order = [] {
        std::vector<std::string> out;
        for (const auto& row : schema::load_data_table("decisions.tsv", 1))
            if (std::find(out.begin(), out.end(), row.at(0)) == out.end()) out.push_back(row.at(0));
        return out;
    }();
    return order;
}

std::string outcome_class(std::string_view outcome) {
    const auto& order = outcome_order();
    const auto it = std::find(order.begin(), order.end(), outcome);
    if (outcome.empty() || it == order.end()) return "outcome-0";
    const auto place = static_cast<std::size_t>(it - order.begin()) + 1;
    return "outcome-" + std::to_string(std::min(place, palette_size));
}

std::string leading_outcome(const std::vector<std::string>& outcomes) {
    return outcomes.empty() ? std::string() : outcomes.front();
}

}  // namespace rs::html
