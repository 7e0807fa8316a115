// Two systems that publish minutes as web pages: a regional web meeting system exported
// as text (UI noise, labelled fields, "N. Title") and a municipal committee system
// ("Referat fra møde i X …", "Pkt. N", case number before the heading).

#include "tests/indexer/property/danish_dates.hpp"
#include "tests/indexer/property/layout_renderers.hpp"
#include "tests/indexer/property/render_parts.hpp"

namespace rs::test {
namespace {

std::string web_prefix(const std::string& type) {
    if (type == "beslutningssag") return "Beslutning: ";
    if (type == "drøftelsessag") return "Drøftelse: ";
    if (type == "orienteringssag") return "Orientering: ";
    if (type == "skriftlig orientering") return "Skriftlig orientering: ";
    return "";
}

void paragraphs(TextBuilder& out, const std::string& heading, const std::vector<std::string>& texts, int wrap) {
    if (texts.empty()) return;
    out.line(heading);
    for (const auto& text : texts) out.paragraph(text, Markup::html, wrap);
    out.blank();
}

void recommendation_block(TextBuilder& out, const GeneratedItem& item, const std::string& lead) {
    if (item.recommendations.empty()) return;
    out.line(lead);
    for (std::size_t i = 0; i < item.recommendations.size(); ++i)
        out.line("klyngen " + item.recommendations[i] + (i + 1 == item.recommendations.size() ? "." : " og"));
    out.blank();
}

bool has_closed(const GeneratedMeeting& meeting) {
    for (const auto& item : meeting.items)
        if (item.closed) return true;
    return false;
}

}  // namespace

Rendering render_web_system(const GeneratedMeeting& meeting, RandomSource& random) {
    Rendering rendering{LayoutFamily::web_system, "", meeting};
    GeneratedMeeting& expected = rendering.expected;
    drop_sub_items(expected);
    expected.check_forum = !expected.forum.empty();
    expected.check_start_time = true;
    const int wrap = random.chance(0.4) ? random.between(60, 110) : 0;
    const bool open_closed_lines = has_closed(expected) || random.chance(0.3);
    const bool prefixes = random.chance(0.7);

    TextBuilder out(random);
    const std::string body_forum =
        meeting.cluster_written + (meeting.forum_written.empty() ? "" : " - " + meeting.forum_written);
    out.line("Referat - " + body_forum + " | " + meeting.region);
    out.line("Gå til indhold");
    out.line(random.chance(0.7) ? "Forside › Politik › Dagsordener og referater › " + meeting.cluster_written
                                : "Forside › Politik › Dagsordener og referater");
    out.line("Abonnér");
    out.line("Søg i dagsordener og referater");
    out.blank();
    out.line("Referat");
    out.blank();
    switch (random.between(0, 2)) {
    case 0: out.line("Mødedato: " + weekday_name(meeting.date, false) + " den " + long_date(meeting.date)); break;
    case 1: out.line("Mødedato: " + dash_date(meeting.date)); break;
    default: out.line("Mødedato: " + iso_date(meeting.date)); break;
    }
    if (random.chance(0.5))
        out.line("Mødetidspunkt: kl. " + time_of_day(meeting.start, ':') + " - " + time_of_day(meeting.end, ':'));
    else
        out.line("Starttidspunkt: kl. " + time_of_day(meeting.start, '.'));
    out.line("Mødested: " + meeting.venue);
    out.line("Udvalg: " + (meeting.forum_written.empty() ? meeting.cluster_written : meeting.forum_written));
    out.line("Deltagere: " + participants(meeting));
    if (!meeting.absent.empty()) out.line("Afbud: " + absent_names(meeting));
    out.blank();
    out.line("Udskriv");
    out.line("Download referat (PDF)");
    out.blank();

    std::vector<std::string> headings;
    for (auto& item : expected.items) {
        std::string text = escape_ampersands(item.title);
        if (prefixes && !item.closed && !item.procedural && !item.type.empty()) {
            text = web_prefix(item.type) + text;
            item.check_type = true;
        }
        item.check_type = item.check_type || item.procedural;
        headings.push_back(std::to_string(item.number) + ". " + text);
    }
    if (random.chance(0.5)) {
        out.line("Punkter på dagsordenen");
        for (const auto& heading : headings) out.line(heading);
        out.blank();
    }
    const std::string case_label = random.pick(std::vector<std::string>{"Sagsnr.: ", "Sagnr.: "});
    for (std::size_t i = 0; i < expected.items.size(); ++i) {
        GeneratedItem& item = expected.items[i];
        out.line("fold dette punkt ind");
        out.line(headings[i]);
        if (open_closed_lines) out.line(item.closed ? "Lukket" : "Åbent");
        if (!item.case_number.empty()) {
            out.line(case_label + item.case_number);
            item.check_case_number = true;
        }
        out.blank();
        if (item.closed) {
            paragraphs(out, "Sagsfremstilling", item.background, wrap);
        } else {
            paragraphs(out, "Resumé", item.resume, wrap);
            paragraphs(out, "Sagsfremstilling", item.background, wrap);
            recommendation_block(out, item, "Administrationen indstiller, at");
            paragraphs(out, "Bilag", item.attachments, 0);
            paragraphs(out, "Beslutning", item.decision, wrap);
        }
        out.line("Tilbage til toppen");
        out.blank();
    }
    rendering.text = finish_text(out.lines(), random);
    return rendering;
}

Rendering render_municipal(const GeneratedMeeting& meeting, RandomSource& random) {
    Rendering rendering{LayoutFamily::municipal, "", meeting};
    GeneratedMeeting& expected = rendering.expected;
    drop_sub_items(expected);
    expected.check_forum = !expected.forum.empty();
    expected.check_start_time = true;
    const int wrap = random.chance(0.5) ? random.between(70, 110) : 0;

    TextBuilder out(random);
    out.line(meeting.municipalities.front() + " Kommune");
    out.line("Dagsordener og referater");
    out.blank();
    const std::string body_forum =
        meeting.cluster_written + (meeting.forum_written.empty() ? "" : " - " + meeting.forum_written);
    out.line("Referat fra møde i " + body_forum + " " + weekday_name(meeting.date, false) + " den " +
             long_date(meeting.date) + " kl. " + time_of_day(meeting.start, '.') + "-" +
             time_of_day(meeting.end, '.') + ", " + meeting.venue);
    out.blank();
    out.line("Deltagere: " + participants(meeting));
    if (!meeting.absent.empty()) out.line("Fraværende: " + absent_names(meeting));
    out.blank();

    for (auto& item : expected.items) item.check_type = item.procedural;
    if (random.chance(0.7)) {
        out.line("Indholdsfortegnelse");
        int page = 2;
        for (const auto& item : expected.items) {
            out.line("Pkt. " + std::to_string(item.number) + "\t" + item.title + "\t" + std::to_string(page));
            page += random.between(1, 2);
        }
        out.blank();
    }
    const std::string decided_by = meeting.forum_written.empty() ? meeting.cluster_written : meeting.forum_written;
    const std::string lead = random.pick(std::vector<std::string>{"Direktionen", "Sekretariatet"}) + " indstiller, at";
    for (auto& item : expected.items) {
        if (!item.case_number.empty()) {
            out.line("Sagsnr. " + item.case_number);
            item.check_case_number = true;
        }
        out.line("Pkt. " + std::to_string(item.number) + " " + item.title);
        if (item.closed) out.line("Lukket");
        out.blank();
        if (item.closed) {
            paragraphs(out, "Sagsfremstilling", item.background, wrap);
            continue;
        }
        paragraphs(out, random.chance(0.5) ? "Beslutningstema" : "Sagens kerne", item.resume, wrap);
        paragraphs(out, "Sagsfremstilling", item.background, wrap);
        if (!item.recommendations.empty()) {
            out.line("Indstilling");
            recommendation_block(out, item, lead);
        }
        paragraphs(out, "Beslutning i " + decided_by + " den " + dash_date(meeting.date), item.decision, wrap);
        paragraphs(out, "Bilag", item.attachments, 0);
    }
    rendering.text = finish_text(out.lines(), random);
    return rendering;
}

}  // namespace rs::test
