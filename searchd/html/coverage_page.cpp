#include "searchd/html/coverage_page.hpp"

#include <map>

#include <nlohmann/json.hpp>

#include "schema/text/plain_text.hpp"
#include "schema/text/unicode.hpp"
#include "searchd/html/danish_format.hpp"
#include "searchd/html/template_engine.hpp"
#include "searchd/http/links.hpp"
#include "searchd/http/routes.hpp"

namespace rs::html {

namespace {

using nlohmann::json;

std::string meetings_label(std::uint64_t count) {
    return danish_number(count) + (count == 1 ? " møde" : " møder");
}

json meeting_view(const search::CoveredMeeting& meeting, const std::string& forum) {
    const bool agenda = meeting.kind == schema::document_kind::dagsorden;
    const std::string day = meeting.date.size() == 10 ? std::to_string(std::stoi(meeting.date.substr(8, 2))) + "." : "";
    std::string label = (meeting.date.empty() ? "Møde uden dato" : danish_date(meeting.date)) +
                        (forum.empty() ? "" : ", " + forum) + ": " + (agenda ? "dagsorden" : "referat") + ", " +
                        item_count(meeting.items);
    return json{{"url", http::meeting_url(meeting.key)},
                {"day", day.empty() ? "uden dato" : day},
                {"date", meeting.date},
                {"agenda", agenda},
                {"label", label},
                {"source", meeting.source}};
}

// The forum's dated meetings as rows of years (newest first) and 12 month cells.
json years_view(const search::ForumCoverage& forum) {
    std::map<std::string, std::array<json, 12>, std::greater<>> years;
    for (const auto& meeting : forum.meetings) {
        if (meeting.date.size() != 10) continue;
        auto& months = years[meeting.date.substr(0, 4)];
        auto& cell = months[static_cast<std::size_t>(std::stoi(meeting.date.substr(5, 2)) - 1)];
        if (cell.is_null()) cell = json::array();
        cell.push_back(meeting_view(meeting, forum.forum));
    }
    // Every year from the first to the last, so a silent year shows as an empty row.
    if (!years.empty()) {
        const int newest = std::stoi(years.begin()->first);
        const int oldest = std::stoi(years.rbegin()->first);
        for (int year = oldest; year <= newest; ++year) years[std::to_string(year)];
    }
    json out = json::array();
    for (auto& [year, months] : years) {
        json cells = json::array();
        for (std::size_t m = 0; m < 12; ++m)
            cells.push_back({{"meetings", months[m].is_null() ? json::array() : months[m]},
                             {"month", danish_short_months()[m]}});
        out.push_back({{"year", year}, {"cells", std::move(cells)}});
    }
    return out;
}

json forum_view(const search::ForumCoverage& forum, const std::string& anchor) {
    json gaps = json::array();
    for (const auto& gap : forum.gaps)
        gaps.push_back({{"text", "Ingen møder fra " + danish_date(gap.after) + " til " + danish_date(gap.before) + " (" +
                                     danish_number(static_cast<std::uint64_t>(gap.days)) + " dage)"}});
    json undated = json::array();
    for (const auto& meeting : forum.meetings)
        if (meeting.date.size() != 10) undated.push_back(meeting_view(meeting, forum.forum));
    const std::string name = forum.forum.empty() ? "Forum ikke angivet" : forum.forum;
    return json{{"forum", name},
                {"id", anchor + "-" + (forum.forum.empty() ? std::string("ukendt") : schema::slug(forum.forum))},
                {"meetings", meetings_label(forum.meetings.size())},
                {"typical", forum.typical_days > 0
                                ? "mødes typisk med " + danish_number(static_cast<std::uint64_t>(forum.typical_days)) +
                                      " dages mellemrum"
                                : ""},
                {"gaps", std::move(gaps)},
                {"has_gaps", !forum.gaps.empty()},
                {"years", years_view(forum)},
                {"undated", std::move(undated)},
                {"months", danish_short_months()}};
}

json body_view(const search::BodyCoverage& body) {
    const std::string anchor = "organ-" + (body.body.empty() ? std::string("ukendt") : schema::slug(body.body));
    json forums = json::array();
    for (const auto& forum : body.forums) forums.push_back(forum_view(forum, anchor));
    std::string period;
    if (!body.first_date.empty())
        period = body.first_date == body.latest_date ? danish_date(body.first_date)
                                                     : danish_date(body.first_date) + " – " + danish_date(body.latest_date);
    return json{{"body", body.body.empty() ? "Ukendt organ" : body.body},
                {"anchor", anchor},
                {"region", body.region},
                {"meetings", meetings_label(body.meetings)},
                {"period", period},
                {"forums", std::move(forums)}};
}

}  // namespace

std::string render_coverage_page(const search::CoverageRequest& request, const search::Coverage& coverage) {
    json bodies = json::array();
    for (const auto& body : coverage.bodies) bodies.push_back(body_view(body));
    const json view{{"bodies", std::move(bodies)},
                    {"has_bodies", !coverage.bodies.empty()},
                    {"summary", meetings_label(coverage.meetings) + " med " + item_count(coverage.items) + " fra " +
                                    danish_number(coverage.bodies.size()) +
                                    (coverage.bodies.size() == 1 ? " organ" : " organer")},
                    {"filtered", !request.bodies.empty()},
                    {"all_url", std::string(http::routes::coverage_page)}};
    return render_page("coverage", view, PageFrame{"Arkivets dækning – Referatsøg", "", "", "", ""});
}

std::string render_coverage_error_page(const http::ParamError& error) {
    const json view{{"error", "Siden kunne ikke vises: parameteren «" + schema::shorten(error.parameter, 64) + "» har en ugyldig værdi."},
                    {"all_url", std::string(http::routes::coverage_page)}, {"filtered", true}};
    return render_page("coverage", view, PageFrame{"Fejl – Arkivets dækning – Referatsøg", "", "", "", ""});
}

}  // namespace rs::html
