// Three more layouts: the sundhedsråd "Konklusioner" (numbered "1. at …" recommendation
// lines inside "N. Title" items), a header spread over five lines with (B)/(O) markers and
// sub-items, and numbers glued to titles with a "Pkt. Tekst Side" contents table.

#include "tests/indexer/property/danish_dates.hpp"
#include "tests/indexer/property/layout_renderers.hpp"
#include "tests/indexer/property/minutes_generator.hpp"
#include "tests/indexer/property/render_parts.hpp"

namespace rs::test {
namespace {

void block(TextBuilder& out, const std::string& heading, const std::vector<std::string>& texts, int wrap,
           Markup markup = Markup::plain) {
    if (texts.empty()) return;
    out.line(heading);
    for (const auto& text : texts) out.paragraph(text, markup, wrap);
    out.blank();
}

std::string body_and_forum(const GeneratedMeeting& meeting, const std::string& dash) {
    return meeting.cluster_written + (meeting.forum_written.empty() ? "" : dash + meeting.forum_written);
}

}  // namespace

Rendering render_sundhedsraad(const GeneratedMeeting& meeting, RandomSource& random) {
    Rendering rendering{LayoutFamily::sundhedsraad, "", meeting};
    GeneratedMeeting& expected = rendering.expected;
    drop_sub_items(expected);
    expected.check_forum = !expected.forum.empty();
    expected.check_start_time = true;
    const int wrap = random.chance(0.5) ? random.between(70, 110) : 0;
    const bool prefixes = random.chance(0.6);

    TextBuilder out(random);
    out.line(meeting.cluster_written);
    out.blank();
    out.line(random.pick(std::vector<std::string>{"Konklusioner", "Beslutningsprotokol", "Referat"}));
    out.blank();
    const std::string which = meeting.forum_written.empty() ? "fra mødet" : "fra mødet i " + meeting.forum_written;
    if (random.chance(0.6)) {
        out.line(which + " " + weekday_name(meeting.date, false) + " den " + long_date(meeting.date) + " kl. " +
                 time_of_day(meeting.start, '.') + "-" + time_of_day(meeting.end, '.'));
    } else {
        out.line(capitalise(which));
        out.line("Dato: " + iso_date(meeting.date));
        out.line("Tid: kl. " + time_of_day(meeting.start, '.') + "-" + time_of_day(meeting.end, '.'));
    }
    out.line("Mødested: " + meeting.venue);
    out.line("Deltagere: " + participants(meeting));
    out.blank();

    std::vector<std::string> headings;
    for (auto& item : expected.items) {
        std::string text = item.title;
        if (item.closed) text = "FORTROLIG - " + text;
        else if (prefixes && !item.procedural) {
            if (item.type == "beslutningssag") text = "Beslutning: " + text;
            else if (item.type == "drøftelsessag") text = "Drøftelse: " + text;
            else if (item.type == "orienteringssag") text = "Orientering: " + text;
            item.check_type = text != item.title;
        }
        item.check_type = item.check_type || item.procedural;
        headings.push_back(std::to_string(item.number) + ". " + text);
    }
    if (random.chance(0.6)) {
        out.line("Punkter på dagsordenen");
        for (const auto& heading : headings) out.line(heading);
        out.blank();
    }
    const std::string conclusion = random.pick(std::vector<std::string>{"Konklusion", "KONKLUSION"});
    for (std::size_t i = 0; i < expected.items.size(); ++i) {
        const GeneratedItem& item = expected.items[i];
        out.blank();
        out.line(headings[i]);
        out.blank();
        if (item.closed) {
            block(out, "Sagsfremstilling", item.background, wrap);
            continue;
        }
        block(out, "Resumé", item.resume, wrap);
        block(out, "Sagsfremstilling", item.background, wrap);
        if (!item.recommendations.empty()) {
            out.line("Indstilling");
            out.line("Det indstilles,");
            for (const auto& line : recommendation_lines(item, 3)) out.line(line);
            out.blank();
        }
        block(out, conclusion, item.decision, wrap);
        block(out, "Bilag", item.attachments, 0);
    }
    rendering.text = finish_text(out.lines(), random);
    return rendering;
}

Rendering render_multiline_header(const GeneratedMeeting& meeting, RandomSource& random) {
    Rendering rendering{LayoutFamily::multiline_header, "", meeting};
    GeneratedMeeting& expected = rendering.expected;
    expected.check_forum = !expected.forum.empty();
    expected.check_start_time = true;
    const int wrap = random.chance(0.4) ? random.between(70, 110) : 0;

    TextBuilder out(random);
    out.line("Referat");
    out.line("til");
    out.line("mødet i " + body_and_forum(meeting, " – "));
    out.line("den " + long_date(meeting.date) + " kl. " + time_of_day(meeting.start, ':'));
    out.line("i " + meeting.venue);
    out.blank();
    out.line("Deltagere: " + participants(meeting));
    if (!meeting.absent.empty()) out.line("Fraværende: " + absent_names(meeting));
    out.blank();

    std::vector<std::string> headings;
    for (auto& item : expected.items) {
        std::string text = item.title;
        if (item.closed) {
            text = "LUKKET PUNKT - " + text;
        } else if (item.type == "beslutningssag") {
            text += " (B)";
            item.check_type = true;
        } else if (item.type == "orienteringssag") {
            text += " (O)";
            item.check_type = true;
        } else if (item.type == "skriftlig orientering") {
            text = "Meddelelse - " + text;  // a notice; which case type it is stays unchecked
        }
        item.check_type = item.check_type || item.procedural;
        const std::string number = std::to_string(item.number) + ". " + (item.sub.empty() ? "" : item.sub + ". ");
        headings.push_back(number + text);
    }
    if (random.chance(0.5)) {
        out.line("Punkter på dagsordenen:");
        for (std::size_t i = 0; i < headings.size(); ++i)
            out.line((expected.items[i].sub.empty() ? "" : "   ") + headings[i]);
        out.blank();
    }
    for (std::size_t i = 0; i < expected.items.size(); ++i) {
        const GeneratedItem& item = expected.items[i];
        out.blank();
        out.line(headings[i]);
        out.blank();
        block(out, "Resumé:", item.resume, wrap, Markup::html);
        block(out, random.chance(0.7) ? "Sagsfremstilling:" : "Problemstilling:", item.background, wrap, Markup::html);
        if (!item.closed && !item.recommendations.empty()) {
            const bool proposal = random.chance(0.4);
            out.line(proposal ? "Forslag til beslutning:" : "Indstilling:");
            out.line("Det indstilles, at klyngen");
            for (const auto& line : recommendation_lines(item, 0)) out.line(line);
            out.blank();
        }
        if (!item.closed) block(out, "Beslutning:", item.decision, wrap, Markup::html);
    }
    rendering.text = finish_text(out.lines(), random);
    return rendering;
}

Rendering render_glued_numbers(const GeneratedMeeting& meeting, RandomSource& random) {
    Rendering rendering{LayoutFamily::glued_numbers, "", meeting};
    GeneratedMeeting& expected = rendering.expected;
    drop_sub_items(expected);
    expected.check_forum = !expected.forum.empty();
    expected.check_start_time = true;
    const bool inline_decision = random.chance(0.25);

    TextBuilder out(random);
    out.line(body_and_forum(meeting, " – "));
    out.line("Referat");
    out.blank();
    out.line(weekday_name(meeting.date, true) + " " + std::to_string(static_cast<unsigned>(meeting.date.day())) + ". " +
             month_abbreviation(meeting.date) + " " + std::to_string(static_cast<int>(meeting.date.year())));
    out.line("kl. " + time_of_day(meeting.start, '.') + " – " + time_of_day(meeting.end, '.'));
    out.line(meeting.venue);
    out.blank();
    std::string attendance = "Deltagere:\t" + meeting.region;
    for (const auto& municipality : meeting.municipalities) attendance += "\t" + municipality + " Kommune";
    out.line(attendance + "\tPLO");
    if (!meeting.absent.empty()) out.line("Afbud:\t" + absent_names(meeting));
    out.blank();

    if (random.chance(0.7)) {
        out.line("Pkt.\tTekst\tSide");
        int page = 1;
        for (const auto& item : expected.items) {
            out.line(std::to_string(item.number) + "\t" + item.title + "\t" + std::to_string(page));
            page += random.between(0, 1);
        }
        out.blank();
    }
    for (auto& item : expected.items) {
        item.check_type = item.procedural;
        out.line(std::to_string(item.number) + item.title);
        if (item.closed) {
            out.line("Lukket");
            block(out, "Sagsfremstilling", item.background, 0);
            continue;
        }
        block(out, "Sagsfremstilling", item.background, 0);
        if (!item.background.empty() && random.chance(0.25)) {
            out.line("Kommune\tAndel\tBeløb");
            for (const auto& municipality : meeting.municipalities) out.line(municipality + "\t25 %\t150.000");
            out.blank();
        }
        if (!item.recommendations.empty()) {
            out.line("Indstilling");
            out.line("| Det indstilles, | |");
            for (const auto& clause : item.recommendations) out.line("| at | klyngen " + clause + " |");
        }
        if (!item.decision.empty()) {
            if (inline_decision) {
                out.line("Beslutning: " + item.decision.front());
                for (std::size_t p = 1; p < item.decision.size(); ++p) out.line(item.decision[p]);
            } else {
                block(out, "Beslutning", item.decision, 0);
            }
        }
        block(out, "Bilag", item.attachments, 0);
        out.blank();
    }
    rendering.text = finish_text(out.lines(), random);
    return rendering;
}

}  // namespace rs::test
