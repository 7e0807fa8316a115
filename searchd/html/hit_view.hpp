#pragma once
// The parts of an item every page shows the same way: the line of meeting facts, the
// decision badges and the decision sentence. Shared by the result list, the meeting page
// and the item page so they never drift apart.

#include <string_view>

#include <nlohmann/json.hpp>

#include "searchd/search/search_result.hpp"

namespace rs::html {

/// {title, url, body, forum, date, date_label, case_type, badges: [{decision}], agenda,
/// decision_text, snippet (HTML), number_label}. `query` ("" for none) is carried to the
/// permalink so the item page marks what matched.
nlohmann::json hit_view(const search::Hit& hit, std::string_view query);

/// The badges of an item: its decision outcomes, or the agenda notice for a dagsorden,
/// and its projects, each linking to the project's comparison across bodies.
nlohmann::json badges_view(const schema::Meeting& meeting, const schema::AgendaItem& item);

/// A body's name as pages show it: "Ukendt organ" for "".
std::string body_label(std::string_view body);

/// "4." or "2a." for an item number, "" for 0.
std::string number_label(const schema::AgendaItem& item);

}  // namespace rs::html
