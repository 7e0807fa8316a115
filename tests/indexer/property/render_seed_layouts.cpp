// The layout of the five seeds (corpus/*.txt), as plain text and as Markdown.

#include <algorithm>

#include "tests/indexer/property/danish_dates.hpp"
#include "tests/indexer/property/layout_renderers.hpp"
#include "tests/indexer/property/render_parts.hpp"

namespace rs::test {
namespace {

/// Per-rendering choices that stay the same for every item of the file.
struct SeedStyle {
    bool markdown = false;
    bool decision_first = false;  // Sundhedsklynge Vest writes Beslutning before Indstilling
    bool konklusion = false;      // "Konklusion" where others write "Beslutning"
    bool slots = false;
    int wrap = 0;
    int recommendation_style = 0;
    std::string resume, background, recommendation, decision, attachments;
};

/// Removes the last ASCII lower-case letter that sits between two others.
void drop_ascii_letter(std::string& text) {
    for (std::size_t i = text.size() - 1; i >= 2 && i < text.size(); --i) {
        const auto is_lower = [&](std::size_t at) { return text[at] >= 'a' && text[at] <= 'z'; };
        if (i + 1 < text.size() && is_lower(i) && is_lower(i - 1) && is_lower(i + 1)) {
            text.erase(i, 1);
            return;
        }
    }
}

std::string type_prefix(const std::string& type, RandomSource& random) {
    if (type == "beslutningssag")
        return random.pick(std::vector<std::string>{"Beslutningssag: ", "Beslutnings sag: ", "Beslutningsag: "});
    if (type == "drøftelsessag") return "Drøftelsessag: ";
    if (type == "orienteringssag") return "Orienteringssag: ";
    if (type == "skriftlig orientering") return "SKRIFTLIG ORIENTERING: ";
    return "";
}

std::string slot_suffix(const GeneratedItem& item, RandomSource& random) {
    switch (random.between(0, 2)) {
    case 0: return " (kl. " + time_of_day(item.slot_start, ':') + "-" + time_of_day(item.slot_end, ':') + ")";
    case 1: return " (Kl. " + time_of_day(item.slot_start, '.') + "-" + time_of_day(item.slot_end, '.') + ")";
    default: return " (kl. " + time_of_day(item.slot_start, ':') + " – " + time_of_day(item.slot_end, ':') + ")";
    }
}

std::string heading(const std::string& text, int level, const SeedStyle& style) {
    if (!style.markdown) return text;
    return std::string(static_cast<std::size_t>(level), '#') + " **" + text + "**";
}

std::string decorate_item_heading(const std::string& text, const SeedStyle& style, RandomSource& random) {
    if (!style.markdown) return text;
    switch (random.between(0, 3)) {
    case 0: return "## **" + text + "**";
    case 1: return "# " + text;
    case 2: return "**" + text + "**";
    default: return "## " + text;
    }
}

void section(TextBuilder& out, const std::string& name, const std::vector<std::string>& paragraphs,
             const SeedStyle& style, int level = 3) {
    if (paragraphs.empty()) return;
    out.line(heading(name, level, style));
    out.blank();
    for (const auto& paragraph : paragraphs) {
        out.paragraph(paragraph, style.markdown ? Markup::markdown : Markup::html, style.wrap);
        out.blank();
    }
}

void recommendation(TextBuilder& out, const GeneratedItem& item, const GeneratedMeeting& meeting,
                    const SeedStyle& style, bool with_heading) {
    if (item.recommendations.empty()) return;
    if (with_heading) {
        out.line(heading(style.recommendation, 3, style));
        out.blank();
    }
    const bool at_lines = style.recommendation_style >= 2;
    out.line(at_lines ? "Det indstilles," : "Det indstilles, at " + meeting.cluster_written + ":");
    out.blank();
    for (const auto& line : recommendation_lines(item, style.recommendation_style)) out.line(line);
    out.blank();
}

void item_body(TextBuilder& out, const GeneratedItem& item, const GeneratedMeeting& meeting, const SeedStyle& style,
               RandomSource& random) {
    const std::string decision_name = style.konklusion ? "Konklusion" : style.decision;
    if (style.decision_first) {
        section(out, decision_name, item.decision, style);
        recommendation(out, item, meeting, style, random.chance(0.5));
        section(out, style.resume, item.resume, style);
        section(out, style.background, item.background, style);
        section(out, style.attachments, item.attachments, style);
        return;
    }
    section(out, style.resume, item.resume, style);
    if (style.markdown && !item.background.empty() && random.chance(0.2)) {
        out.line(heading(style.background, 3, style));
        out.blank();
        out.line("| Kommune | Antal forløb |");
        out.line("|---|---|");
        for (const auto& municipality : meeting.municipalities) out.line("| " + municipality + " | 12 |");
        out.blank();
        section(out, "Baggrund", item.background, style, 4);
    } else {
        section(out, style.background, item.background, style);
    }
    recommendation(out, item, meeting, style, true);
    section(out, style.attachments, item.attachments, style, 4);
    section(out, decision_name, item.decision, style);
}

std::string title_line(const GeneratedMeeting& meeting, RandomSource& random) {
    const std::string date = " d. " + dash_date(meeting.date);
    if (meeting.forum_written.empty()) return "REFERAT " + meeting.cluster_written + date;
    switch (random.between(0, 4)) {
    case 0: return "REFERAT " + meeting.forum_written + " - " + meeting.cluster_written + date;
    case 1:
        if (meeting.body_known) return "REFERAT " + meeting.cluster_written + " " + meeting.forum_written + date;
        [[fallthrough]];
    default: return "REFERAT " + meeting.cluster_written + " - " + meeting.forum_written + date;
    }
}

Rendering render_seed(const GeneratedMeeting& meeting, RandomSource& random, bool markdown) {
    Rendering rendering;
    rendering.family = markdown ? LayoutFamily::seed_markdown : LayoutFamily::seed_plain;
    rendering.expected = meeting;
    GeneratedMeeting& expected = rendering.expected;
    drop_sub_items(expected);
    expected.check_forum = !expected.forum.empty();
    expected.check_start_time = true;

    SeedStyle style;
    style.markdown = markdown;
    style.decision_first = random.chance(0.25);
    style.konklusion = random.chance(0.1);
    style.slots = random.chance(0.5);
    style.wrap = random.chance(0.3) ? random.between(50, 110) : 0;
    style.recommendation_style = random.between(0, 2);
    style.resume = random.pick(std::vector<std::string>{"RESUMÉ", "RESUME", "Resumé"});
    style.background = random.pick(std::vector<std::string>{"SAGSFREMSTILLING", "Sagsfremstilling"});
    style.recommendation = random.pick(std::vector<std::string>{"INDSTILLING", "Indstilling:", "Indstilling"});
    style.decision = random.pick(std::vector<std::string>{"Beslutning", "BESLUTNING"});
    style.attachments = random.pick(std::vector<std::string>{"Bilag", "Bilag:"});
    const bool prefixes = random.chance(0.7);
    const bool case_numbers = random.chance(0.8);

    TextBuilder out(random);
    for (int i = random.between(0, 2); i > 0; --i) out.line("");
    out.line(markdown ? "# **" + title_line(meeting, random) + "**" : title_line(meeting, random));
    out.blank();
    const auto day = static_cast<unsigned>(meeting.date.day());
    const std::string label_open = markdown ? "**" : "", label_close = markdown ? "** " : " ";
    out.line(label_open + "Mødedato" + label_close + weekday_name(meeting.date, true) + " d. " +
             long_date(meeting.date, day < 10 && random.chance(0.5)) + " kl. " + time_of_day(meeting.start, ':'));
    out.blank();
    out.line(label_open + "Mødested" + label_close + meeting.venue);
    out.blank();
    out.line(label_open + "Deltagere:" + label_close + participants(meeting));
    if (!meeting.absent.empty()) out.line("Afbud: " + absent_names(meeting));
    out.blank();

    // Headings first: the contents list repeats them (sometimes with a typo, like seed 002).
    std::vector<std::string> headings;
    for (auto& item : expected.items) {
        std::string text = item.title;
        if (item.closed) text = "LUKKET PUNKT - " + text;
        else if (prefixes && !item.type.empty() && !item.procedural) {
            text = type_prefix(item.type, random) + text;
            item.check_type = true;
        }
        if (item.procedural) item.check_type = true;
        if (style.slots) text += slot_suffix(item, random);
        headings.push_back(text);
    }
    if (random.chance(0.85)) {
        out.line(markdown ? "## Indholdsfortegnelse" : "Indholdsfortegnelse");
        out.blank();
        int page = 3;
        for (const auto& text : headings) {
            std::string entry = text;
            if (random.chance(0.1)) drop_ascii_letter(entry);  // a contents typo, like seed 002's
            out.line(entry + "....." + "\t" + std::to_string(page));
            page += random.between(1, 3);
        }
        out.blank();
    }
    for (std::size_t i = 0; i < expected.items.size(); ++i) {
        GeneratedItem& item = expected.items[i];
        out.line(decorate_item_heading("Punkt " + std::to_string(item.number) + ": " + headings[i], style, random));
        out.blank();
        if (case_numbers && !item.case_number.empty()) {
            // Bare, as Region Midtjylland prints its KLE numbers; other styles carry their label.
            const bool kle = std::count(item.case_number.begin(), item.case_number.end(), '-') == 4;
            out.line((kle ? "" : "Sagsnr.: ") + item.case_number);
            out.blank();
            item.check_case_number = true;
        }
        if (item.closed) {
            section(out, style.background, item.background, style);
            continue;
        }
        item_body(out, item, meeting, style, random);
    }
    rendering.text = finish_text(out.lines(), random);
    return rendering;
}

}  // namespace

Rendering render_seed_plain(const GeneratedMeeting& meeting, RandomSource& random) {
    return render_seed(meeting, random, false);
}

Rendering render_seed_markdown(const GeneratedMeeting& meeting, RandomSource& random) {
    return render_seed(meeting, random, true);
}

}  // namespace rs::test
