#include "searchd/html/comparison_view.hpp"

#include <algorithm>

#include "schema/text/plain_text.hpp"
#include "schema/text/unicode.hpp"
#include "searchd/html/danish_format.hpp"
#include "searchd/html/hit_view.hpp"
#include "searchd/html/outcomes.hpp"
#include "searchd/html/timeline_view.hpp"
#include "searchd/http/links.hpp"
#include "searchd/http/routes.hpp"

namespace rs::html {

namespace {

using nlohmann::json;

json row_view(const search::ComparisonGroup& group, const std::string& anchor) {
    return json{{"body", body_label(group.body)},
                {"anchor", anchor},
                {"first", danish_date(group.first_date)},
                {"first_iso", group.first_date},
                {"latest", danish_date(group.latest_date)},
                {"latest_iso", group.latest_date},
                {"count", item_count(group.items.size())},
                {"outcomes", outcome_summary(group.outcomes)},
                {"latest_outcome", group.latest_outcome.empty() ? "–" : schema::join(group.latest_outcome, ", ")},
                {"latest_outcome_class", outcome_class(leading_outcome(group.latest_outcome))}};
}

}  // namespace

std::string outcome_summary(const std::map<std::string, std::uint64_t>& outcomes) {
    std::string out;
    const auto add = [&](const std::string& outcome, std::uint64_t count) {
        out += (out.empty() ? "" : ", ") + outcome + " " + danish_number(count);
    };
    for (const auto& outcome : outcome_order())
        if (const auto it = outcomes.find(outcome); it != outcomes.end()) add(outcome, it->second);
    for (const auto& [outcome, count] : outcomes)
        if (std::find(outcome_order().begin(), outcome_order().end(), outcome) == outcome_order().end()) add(outcome, count);
    return out.empty() ? "ingen" : out;
}

json comparison_view(const search::Comparison& comparison, const std::string& csv_query) {
    json rows = json::array();
    json groups = json::array();
    std::vector<std::string> bodies;
    for (const auto& group : comparison.groups) {
        const std::string anchor = "klynge-" + (group.body.empty() ? std::string("ukendt") : schema::slug(group.body));
        rows.push_back(row_view(group, anchor));
        json items = json::array();
        for (const auto& hit : group.items) items.push_back(hit_view(hit, ""));
        groups.push_back({{"body", body_label(group.body)}, {"anchor", anchor}, {"count", item_count(group.items.size())},
                          {"items", std::move(items)}});
        if (!group.body.empty()) bodies.push_back(group.body);
    }
    const std::string csv = std::string(http::routes::compare_csv) + (csv_query.empty() ? "" : "?" + csv_query);
    return json{{"timeline", timeline_view(comparison)},
                {"rows", std::move(rows)},
                {"groups", std::move(groups)},
                {"has_groups", !comparison.groups.empty()},
                {"total_label", item_count(comparison.total)},
                {"body_count", comparison.groups.size() == 1 ? "1 organ" : std::to_string(comparison.groups.size()) + " organer"},
                {"truncated", comparison.truncated},
                {"coverage_url", http::coverage_url(bodies)},
                {"csv_url", csv}};
}

}  // namespace rs::html
