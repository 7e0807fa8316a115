#include "searchd/html/timeline_view.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include "schema/iso_date.hpp"
#include "schema/text/plain_text.hpp"
#include "searchd/html/danish_format.hpp"
#include "searchd/html/hit_view.hpp"
#include "searchd/html/outcomes.hpp"
#include "searchd/http/links.hpp"

namespace rs::html {

namespace {

using nlohmann::json;

// The drawing, in viewBox units: body names on the left, years along the top, one lane
// per body, and the caption line under the lanes.
constexpr int width = 960;
constexpr int plot_left = 250;
constexpr int plot_right = 940;
constexpr int axis_height = 30;
constexpr int lane_height = 40;
constexpr int caption_height = 50;
/// Marks closer than this are stacked above and below the lane line instead of on top of
/// each other (a body that dealt with a project twice in one month).
constexpr double mark_spacing = 14;
constexpr int stack_step = 11;
/// The caption is one SVG line each: SVG text does not wrap.
constexpr std::size_t caption_line_bytes = 120;

// The years the timeline spans: from 1 January of the first item's year to 1 January after
// the last's, so year ticks fall on the edges.
struct Span {
    long first_day = 0;
    long last_day = 1;
    int first_year = 0;
    int last_year = 0;
};

std::optional<Span> span_of(const search::Comparison& comparison) {
    std::optional<int> first, last;
    for (const auto& group : comparison.groups)
        for (const auto& hit : group.items) {
            if (!schema::day_number(hit.meeting.date)) continue;
            const int year = std::stoi(hit.meeting.date.substr(0, 4));
            first = first ? std::min(*first, year) : year;
            last = last ? std::max(*last, year) : year;
        }
    if (!first) return std::nullopt;
    Span span;
    span.first_year = *first;
    span.last_year = *last;
    span.first_day = *schema::day_number(std::to_string(*first) + "-01-01");
    span.last_day = *schema::day_number(std::to_string(*last + 1) + "-01-01");
    return span;
}

double x_of(const Span& span, long day) {
    const double share = static_cast<double>(day - span.first_day) / static_cast<double>(span.last_day - span.first_day);
    return std::round((plot_left + share * (plot_right - plot_left)) * 10) / 10;
}

// How far from the lane line a mark sits: on it, then above, then below (a fourth close
// mark overlaps; the table lists them all).
int stack_offset(int level) {
    if (level == 0) return 0;
    return level % 2 == 1 ? -stack_step : stack_step;
}

std::string outcomes_text(const std::vector<std::string>& outcomes) {
    return outcomes.empty() ? "ingen beslutning registreret" : schema::join(outcomes, ", ");
}

json mark_view(const search::Hit& hit, double x, int y) {
    const std::string title = hit.item.title.empty() ? "(uden titel)" : hit.item.title;
    const std::string date = danish_date(hit.meeting.date);
    const std::string outcome = leading_outcome(hit.item.decisions);
    std::string label = date + ", " + body_label(hit.meeting.body) + ": " + title + ". " +
                        outcomes_text(hit.item.decisions) + ".";
    if (!hit.decision_text.empty()) label += " Beslutning: " + hit.decision_text;
    return json{{"x", x},
                {"y", y},
                {"url", http::permalink(hit.item.id)},
                {"label", label},
                {"outcome", outcome.empty() ? "ingen beslutning" : outcome},
                {"outcome_class", outcome_class(outcome)},
                {"caption_line1", schema::shorten(date + " · " + body_label(hit.meeting.body) + " · " + title,
                                                  caption_line_bytes)},
                {"caption_line2", schema::shorten(hit.decision_text.empty() ? "Udfald: " + outcomes_text(hit.item.decisions)
                                                                            : "Beslutning: " + hit.decision_text,
                                                  caption_line_bytes)}};
}

json ticks_view(const Span& span) {
    json ticks = json::array();
    // Every year while they fit, then every second or fifth.
    const int years = span.last_year - span.first_year + 1;
    const int every = years <= 12 ? 1 : years <= 24 ? 2 : 5;
    for (int year = span.first_year; year <= span.last_year + 1; ++year) {
        const long day = *schema::day_number(std::to_string(year) + "-01-01");
        const bool labelled = (year - span.first_year) % every == 0 && year <= span.last_year;
        ticks.push_back({{"x", x_of(span, day)}, {"label", labelled ? std::to_string(year) : ""},
                         {"label_x", x_of(span, day) + 4}});
    }
    return ticks;
}

json legend_view(const std::set<std::string>& shown) {
    json legend = json::array();
    for (const auto& outcome : outcome_order())
        if (shown.contains(outcome)) legend.push_back({{"outcome", outcome}, {"outcome_class", outcome_class(outcome)}});
    for (const auto& outcome : shown)  // outcomes the vocabulary no longer holds
        if (outcome != "" && std::find(outcome_order().begin(), outcome_order().end(), outcome) == outcome_order().end())
            legend.push_back({{"outcome", outcome}, {"outcome_class", outcome_class(outcome)}});
    if (shown.contains("")) legend.push_back({{"outcome", "ingen beslutning"}, {"outcome_class", outcome_class("")}});
    return legend;
}

}  // namespace

json timeline_view(const search::Comparison& comparison) {
    const auto span = span_of(comparison);
    const int lanes_height = static_cast<int>(comparison.groups.size()) * lane_height;
    const int height = axis_height + lanes_height + caption_height;
    json view{{"width", width},         {"height", height},         {"plot_left", plot_left},
              {"plot_right", plot_right}, {"axis_y", axis_height - 8}, {"lanes_bottom", axis_height + lanes_height},
              {"caption_top", axis_height + lanes_height + 2}, {"caption_y", axis_height + lanes_height + 20},
              {"caption_y2", axis_height + lanes_height + 40},
              {"has_marks", span.has_value()}};
    if (!span) return view;
    view["ticks"] = ticks_view(*span);
    json lanes = json::array();
    std::set<std::string> shown;
    for (std::size_t i = 0; i < comparison.groups.size(); ++i) {
        const auto& group = comparison.groups[i];
        const int line_y = axis_height + static_cast<int>(i) * lane_height + lane_height / 2;
        json marks = json::array();
        std::vector<double> placed;
        for (const auto& hit : group.items) {
            const auto day = schema::day_number(hit.meeting.date);
            if (!day) continue;  // undated items are in the table, not on a time axis
            const double x = x_of(*span, *day);
            const int level = static_cast<int>(
                std::count_if(placed.begin(), placed.end(), [&](double other) { return std::abs(other - x) < mark_spacing; }));
            placed.push_back(x);
            marks.push_back(mark_view(hit, x, line_y + stack_offset(level)));
            shown.insert(leading_outcome(hit.item.decisions));
        }
        lanes.push_back({{"label", schema::shorten(body_label(group.body), 40)},
                         {"full_label", body_label(group.body)},
                         {"line_y", line_y},
                         {"label_y", line_y + 5},
                         {"band_y", line_y - lane_height / 2},
                         {"band_height", lane_height},
                         {"striped", i % 2 == 1},
                         {"marks", std::move(marks)}});
    }
    view["lanes"] = std::move(lanes);
    view["legend"] = legend_view(shown);
    return view;
}

}  // namespace rs::html
