#pragma once
// Mustache (kainjow/mustache, from Debian) over views written as JSON: a page's view is
// plain data that tests can inspect, and the template decides the markup. {{x}} escapes
// & < > " ' for element text and attributes alike; {{{x}}} is only for HTML this folder
// made itself (snippets, section text with marks).

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace rs::html {

/// What the layout around every page needs.
struct PageFrame {
    std::string title;      ///< <title>, already complete ("hoftebrud – Referatsøg").
    std::string canonical;  ///< Absolute URL for <link rel="canonical">, "" for none.
    std::string feed_url;   ///< Atom feed for <link rel="alternate">, "" for none.
    std::string feed_title;
    std::string notice;     ///< A line above every page's content ("" for none): the index is incomplete.
};

/// templates/<name>.mustache rendered with `view`. In sections, "" and null count as
/// false (as in most Mustache implementations, unlike kainjow's default). Throws
/// std::logic_error naming the template if it is missing or malformed: a build defect.
std::string render_template(std::string_view name, const nlohmann::json& view);

/// A whole HTML document: `body_template` with `view` inside templates/layout.mustache.
std::string render_page(std::string_view body_template, const nlohmann::json& view, const PageFrame& frame);

}  // namespace rs::html
