// Layouts of the archives around the clusters (issue 16): a municipal committee's minutes
// saved from its web page (site chrome, the committee named in the title and in
// "Beslutning i X den …" headings, run-on item numbers past 999, month-first dates), and
// an export that lost its item headings (only the repeating sections separate the items).

#include <algorithm>

#include "tests/indexer/property/danish_dates.hpp"
#include "tests/indexer/property/layout_renderers.hpp"
#include "tests/indexer/property/render_parts.hpp"

namespace rs::test {
namespace {

const std::vector<std::string> committees{"Sundhedsudvalget", "Social- og Sundhedsudvalget",
                                          "Sundheds- og Ældreudvalget", "Udvalget for Ældre og Sundhed"};
const std::vector<std::string> months_en_order{"januar", "februar", "marts",     "april",   "maj",      "juni",
                                               "juli",   "august",  "september", "oktober", "november", "december"};

std::string month_first(const std::chrono::year_month_day& date, RandomSource& random) {
    const std::string month = months_en_order[static_cast<unsigned>(date.month()) - 1];
    const std::string day = std::to_string(static_cast<unsigned>(date.day()));
    const std::string year = std::to_string(static_cast<int>(date.year()));
    return random.chance(0.5) ? month + " " + day + ", " + year : upper(month.substr(0, 1)) + month.substr(1) + " " + day + " " + year;
}

void sections(TextBuilder& out, const GeneratedItem& item, const std::string& decision_heading) {
    if (!item.resume.empty()) {
        out.line("Resume");
        for (const auto& text : item.resume) out.paragraph(text, Markup::plain, 0);
    }
    if (!item.background.empty()) {
        out.line("Sagsfremstilling");
        for (const auto& text : item.background) out.paragraph(text, Markup::plain, 0);
    }
    if (!item.recommendations.empty()) {
        out.line("Indstilling");
        out.line("Forvaltningen indstiller, at");
        for (const auto& line : recommendation_lines(item, 2)) out.line(line);
    }
    if (prints_decision(item)) {
        out.line(decision_heading);
        for (const auto& text : item.decision) out.paragraph(text, Markup::plain, 0);
    }
    if (!item.attachments.empty()) {
        out.line("Bilag");
        for (const auto& name : item.attachments) out.line(name);
    }
}

// Items that end with a Beslutning, so that the next item's sections start the sequence again.
void give_every_item_a_decision(GeneratedMeeting& expected) {
    for (auto& item : expected.items)
        if (item.decision.empty()) item.decision = {"Intet."}, item.outcomes.clear();
}

}  // namespace

Rendering render_committee_web_page(const GeneratedMeeting& meeting, RandomSource& random) {
    Rendering rendering{LayoutFamily::committee_web_page, "", meeting};
    GeneratedMeeting& expected = rendering.expected;
    drop_sub_items(expected);
    auto& items = expected.items;
    items.erase(std::remove_if(items.begin(), items.end(), [](const GeneratedItem& item) { return item.closed; }),
                items.end());
    const std::string committee = random.pick(committees);
    const std::string municipality = meeting.municipalities.front() + " Kommune";
    expected.cluster.clear();
    expected.body = committee + ", " + municipality;
    expected.check_body = true;
    expected.forum.clear();
    expected.check_forum = true;  // a committee has no forum
    expected.check_start_time = true;
    // Municipal numbering runs on through the year, past 999 in a large municipality.
    const int first = random.chance(0.5) ? random.between(980, 1400) : random.between(1, 400);
    for (std::size_t i = 0; i < items.size(); ++i) items[i].number = first + static_cast<int>(i);

    TextBuilder out(random);
    out.line("Gå til hovedindhold");
    out.line(municipality + " logo");
    for (const char* menu : {"Borger", "Erhverv", "Politik", "Om kommunen"}) out.line(menu);
    out.line("Forside › Politik › Dagsordener og referater › " + committee);
    out.line("Se alle dagsordener og referater for " + committee);
    out.line("Vi bruger cookies for at give dig den bedste oplevelse.");
    out.line("Accepter alle cookies");
    out.blank();
    out.line(random.chance(0.5) ? committee + ", " + municipality + " - Referat"
                                : "Referat fra mødet i " + committee + ", " + municipality);
    out.line("Mødedato: " + (random.chance(0.5) ? month_first(meeting.date, random) : long_date(meeting.date)));
    out.line("Mødetidspunkt: " + time_of_day(meeting.start, ':') + " - " + time_of_day(meeting.end, ':'));
    out.line("Mødested: " + meeting.venue);
    out.blank();
    const std::string decision_heading = "Beslutning i " + committee + " den " + long_date(meeting.date);
    for (auto& item : items) {
        out.line("fold dette punkt ind");
        out.line(std::to_string(item.number) + ". " + item.title);
        item.check_type = item.procedural;
        sections(out, item, decision_heading);
        out.blank();
    }
    out.line("Tilbage til toppen");
    rendering.text = finish_text(out.lines(), random);
    return rendering;
}

Rendering render_headingless_export(const GeneratedMeeting& meeting, RandomSource& random) {
    Rendering rendering{LayoutFamily::headingless_export, "", meeting};
    GeneratedMeeting& expected = rendering.expected;
    drop_sub_items(expected);
    auto& items = expected.items;
    // A lost title must still be a short line that reads as one; closed items are not exported.
    items.erase(std::remove_if(items.begin(), items.end(),
                               [](const GeneratedItem& item) {
                                   const char last = item.title.empty() ? '.' : item.title.back();
                                   return item.closed || item.title.size() > 110 || last == '.' || last == ':' ||
                                          last == ',' || last == ';';
                               }),
                 items.end());
    give_every_item_a_decision(expected);
    expected.check_forum = !expected.forum.empty();
    for (std::size_t i = 0; i < items.size(); ++i) items[i].number = static_cast<int>(i) + 1;  // numbered in order

    TextBuilder out(random);
    const std::string forum = meeting.forum_written.empty() ? "" : " - " + meeting.forum_written;
    out.line("REFERAT " + meeting.cluster_written + forum + " d. " + dash_date(meeting.date));
    out.line("Mødedato " + weekday_name(meeting.date, true) + " d. " + long_date(meeting.date) + " kl. " +
             time_of_day(meeting.start, ':'));
    expected.check_start_time = true;
    out.line("Mødested " + meeting.venue);
    out.line("Deltagere: " + participants(meeting));
    out.blank();
    for (auto& item : items) {
        out.line(item.title);
        item.check_type = item.procedural;
        sections(out, item, "Beslutning");
        out.line("");
    }
    rendering.text = finish_text(out.lines(), random);
    return rendering;
}

}  // namespace rs::test
