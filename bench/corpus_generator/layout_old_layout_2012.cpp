// An older web meeting system (2007–2015): "X - Referat - 21. august 2012", the fields
// UDVALG / MØDE / STED / STARTTIDSPUNKT / SLUTTIDSPUNKT / MEDLEMMER / FRAVÆRENDE in
// capitals with the value on the next line, "N. Title" items with "Sagsid.:", BAGGRUND FOR
// SAGENS FREMLÆGGELSE, "Sekretariatet indstiller, at" and POLITISK BEHANDLING for the
// decision.

#include "bench/corpus_generator/danish_text.hpp"
#include "bench/corpus_generator/item_writer.hpp"
#include "bench/corpus_generator/layout_common.hpp"

namespace rs::corpus_generator {

Document write_old_layout_2012(const MeetingContent& meeting, Random& random) {
    const MeetingPlan& plan = *meeting.plan;
    const Body& body = *meeting.body;
    SectionStyle style;
    style.resume = "BAGGRUND FOR SAGENS FREMLÆGGELSE";
    style.background = "SAGSFREMSTILLING";
    style.recommendation = "INDSTILLING";
    style.recommend = RecommendationStyle::recommender_line;
    style.recommender = "Sekretariatet";
    style.decision = "POLITISK BEHANDLING";
    style.attachments = "BILAG";

    Document document;
    const std::string named = body.kind == BodyKind::regional && random.percent(50) ? body.name + ", " + body.region
                                                                                    : body_as_written(body, random);
    document.add(BlockKind::title, named + " - " + kind_word(meeting, "Referat") + " - " + long_date(plan.date));
    const auto field = [&](const char* label, std::string value) {
        Block& block = document.add(BlockKind::field, std::move(value));
        block.label = label;
        block.value_on_next_line = true;
    };
    field("UDVALG", plan.forum.empty() ? named : named + " - " + forum_as_written(plan.forum, random));
    field("MØDE", numeric_date(plan.date) + " kl. " + clock_text(plan.start) + " - " + clock_text(plan.end));
    field("STED", meeting.place);
    field("STARTTIDSPUNKT", numeric_date(plan.date) + " " + clock_text(plan.start) + ":00");
    field("SLUTTIDSPUNKT", numeric_date(plan.date) + " " + clock_text(plan.end) + ":00");
    document.add(BlockKind::line, "MEDLEMMER");
    for (const auto& p : meeting.participants)
        document.add(BlockKind::line, capitalize(p.title) + " " + p.name + ", " + p.organisation);
    if (!meeting.absent.empty()) {
        document.add(BlockKind::line, "FRAVÆRENDE");
        for (const auto& name : meeting.absent) document.add(BlockKind::line, name);
    }
    for (const auto& item : meeting.items) {
        document.add(BlockKind::item_heading,
                     std::to_string(item.number) + ". " + heading_title(item, PrefixStyle::none, SlotStyle::none, random));
        if (!item.closed) document.add(BlockKind::line, case_number(item, plan.date.year, CaseNumberStyle::sagsid, random));
        write_item_sections(document, item, meeting, style, random);
    }
    document.site = site_of(meeting, body.name + " - " + kind_word(meeting, "Referat") + " - " + long_date(plan.date));
    return document;
}

}  // namespace rs::corpus_generator
