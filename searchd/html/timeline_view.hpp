#pragma once
// The comparison's timeline as geometry for templates/_timeline.mustache: one lane per
// body, one mark per dated item at its date, coloured by its outcome, and a caption that
// CSS shows while a mark is hovered or focused. Server-side SVG: it works without
// JavaScript, and the comparison table beside it carries the same facts as text.

#include <nlohmann/json.hpp>

#include "searchd/search/comparison.hpp"

namespace rs::html {

/// {width, height, plot_left, plot_right, axis_y, caption_y, ticks: [{x, label}],
///  lanes: [{label, y, line_y, label_y, marks: [{x, y, url, label, outcome, outcome_class,
///  caption_line1, caption_line2}]}], legend: [{outcome, outcome_class}], has_marks}.
/// Coordinates are in the SVG's own units (viewBox 0 0 width height).
nlohmann::json timeline_view(const search::Comparison& comparison);

}  // namespace rs::html
