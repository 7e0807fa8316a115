// The regional minutes system of the seeds (corpus/): "REFERAT X - forum d. 28-04-2025",
// "Mødedato …" and "Mødested …" without colons, a dotted table of contents, "Punkt N:"
// headings with case-type prefixes and time slots, RESUMÉ / SAGSFREMSTILLING / INDSTILLING
// / Beslutning / Bilag. Bodies differ the way the seeds do: one writes the Beslutning
// before the Indstilling, one adds a Konklusion, some print a case number under the heading.

#include "bench/corpus_generator/danish_text.hpp"
#include "bench/corpus_generator/item_writer.hpp"
#include "bench/corpus_generator/layout_common.hpp"

namespace rs::corpus_generator {

namespace {

std::string title_line(const MeetingContent& meeting, int form, Random& random) {
    const MeetingPlan& plan = *meeting.plan;
    const std::string body = body_as_written(*meeting.body, random);
    const std::string forum =
        plan.forum == "Sundhedsråd" ? "Sundhedsrådsmøde" : forum_as_written(plan.forum, random);
    const std::string date = "d. " + numeric_date(plan.date);
    const std::string kind = kind_word(meeting, "REFERAT");
    switch (form) {
        case 1: return kind + " " + forum + " - " + body + " " + date;
        case 2: return kind + " " + body + " " + forum + " " + date;
        default: return kind + " " + body + " - " + forum + " " + date;
    }
}

std::string addressee(const MeetingContent& meeting, int form, Random& random) {
    const std::string forum = forum_as_written(meeting.plan->forum, random);
    switch (form) {
        case 0: return meeting.body->name + "-" + forum;
        case 1: return lower(forum) + " i " + meeting.body->name;
        default: return forum;
    }
}

}  // namespace

Document write_regional_referat(const MeetingContent& meeting, Random& random) {
    const MeetingPlan& plan = *meeting.plan;
    const Body& body = *meeting.body;
    Random house = house_style(body, "regional_referat");
    // "REFERAT X forum d. …" without a dash only for bodies the indexer knows by name: an
    // unknown "Sundhedsråd X" is read by its form, and a capitalised word after it would
    // become part of the name.
    int title_form = static_cast<int>(house.below(3));
    if (title_form == 2 && body.kind == BodyKind::sundhedsraad) title_form = 0;
    const bool padded_day = house.percent(30);
    const bool prefixes = house.percent(65);
    const bool slots = house.percent(50);
    const bool case_numbers = house.percent(15);
    SectionStyle style;
    style.resume = std::vector<std::string>{"RESUMÉ", "RESUME", "Resumé"}[house.below(3)];
    style.background = house.percent(70) ? "SAGSFREMSTILLING" : "Sagsfremstilling";
    style.recommendation = std::vector<std::string>{"INDSTILLING", "Indstilling:", "Indstilling"}[house.below(3)];
    style.attachments = house.percent(50) ? "Bilag" : "Bilag:";
    style.attachments_inline = house.percent(25);
    style.decision_first = house.percent(25);
    style.conclusion_too = !style.decision_first && house.percent(25);
    style.conclusion = "Konklusion:";
    style.numbered_lists = true;
    style.addressee = addressee(meeting, static_cast<int>(house.below(3)), house);
    style.emphasis = plan.format == OutputFormat::markdown;
    const bool markdown_mixed = house.percent(30);  // some items "# Punkt", others "## **Punkt**"

    Document document;
    Block& title = document.add(BlockKind::title, title_line(meeting, title_form, random));
    title.emphasis = true;
    const std::string day = padded_day && plan.date.day < 10 ? "0" + std::to_string(plan.date.day) : std::to_string(plan.date.day);
    Block& date = document.add(BlockKind::field, weekday_capitalised(plan.date) + " d. " + day + ". " +
                                                     month_name(plan.date.month) + " " + std::to_string(plan.date.year) +
                                                     " kl. " + clock_text(plan.start));
    date.label = "Mødedato";
    Block& place = document.add(BlockKind::field, meeting.place);
    place.label = "Mødested";
    if (house.percent(40)) {
        Block& present = document.add(BlockKind::field, participant_list(meeting));
        present.label = "Deltagere:";
    }
    document.add(BlockKind::contents_heading, "Indholdsfortegnelse");
    int page = 3;
    for (const auto& item : meeting.items) {
        // The contents are printed from the agenda and need not agree with the headings.
        document.add(BlockKind::contents_entry,
                     heading_title(item, prefixes ? PrefixStyle::seeds : PrefixStyle::none,
                                   slots ? SlotStyle::bracketed_dot : SlotStyle::none, random) +
                         ".....\t" + std::to_string(page));
        page += random.between(1, 3);
    }
    for (const auto& item : meeting.items) {
        Block& heading = document.add(
            BlockKind::item_heading,
            "Punkt " + std::to_string(item.number) + ": " +
                heading_title(item, prefixes ? PrefixStyle::seeds : PrefixStyle::none,
                              slots ? (random.percent(50) ? SlotStyle::bracketed_dot : SlotStyle::bracketed_colon)
                                    : SlotStyle::none,
                              random));
        heading.emphasis = !(markdown_mixed && random.percent(40));
        heading.level = heading.emphasis ? 2 : 1;
        style.level = heading.level + 1;
        if (case_numbers && !item.closed) document.add(BlockKind::line, case_number(item, plan.date.year, CaseNumberStyle::regional_bare, random));
        write_item_sections(document, item, meeting, style, random);
    }
    if (plan.format == OutputFormat::html)
        document.site = site_of(meeting, kind_word(meeting, "Referat") + " - " + body.name +
                                             (plan.forum.empty() ? "" : " - " + plan.forum) + " - " + long_date(plan.date) +
                                             " | " + body.region);
    return document;
}

}  // namespace rs::corpus_generator
