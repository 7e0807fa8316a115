// A "Beslutningsprotokol" (minutes that record decisions only): body and forum on their
// own line, "Tirsdag den 25.oktober 2022 kl. 14.30", an unlabelled place, "Til stede:" and
// "Fraværende:", "N. Title" items each followed by an "Åbent" or "Lukket" line and a case
// number of whatever kind the case has, Problemstilling, "Forslag til beslutning:" and
// Beslutning.

#include "bench/corpus_generator/item_writer.hpp"
#include "bench/corpus_generator/layout_common.hpp"

namespace rs::corpus_generator {

Document write_beslutningsprotokol(const MeetingContent& meeting, Random& random) {
    const MeetingPlan& plan = *meeting.plan;
    SectionStyle style;
    style.resume_allowed = false;
    style.background = "Problemstilling";
    style.recommend = RecommendationStyle::forslag_til_beslutning;
    style.decision = "Beslutning";
    style.attachments = "Bilag";

    Document document;
    document.add(BlockKind::title, kind_word(meeting, "Beslutningsprotokol"));
    document.add(BlockKind::line, body_and_forum(meeting, " – ", random));
    document.add(BlockKind::line, weekday_capitalised(plan.date) + " den " + std::to_string(plan.date.day) + "." +
                                      month_name(plan.date.month) + " " + std::to_string(plan.date.year) + " kl. " +
                                      clock_text(plan.start, '.'));
    document.add(BlockKind::line, meeting.place);
    document.add(BlockKind::paragraph, "Til stede: " + participant_list(meeting));
    if (!meeting.absent.empty()) document.add(BlockKind::line, "Fraværende: " + absent_list(meeting));
    for (const auto& item : meeting.items) {
        // A closed item is marked by its "Lukket" line; its title says so only sometimes.
        std::string title = item.closed && random.percent(50) ? item.title
                                                              : heading_title(item, PrefixStyle::none, SlotStyle::none, random);
        document.add(BlockKind::item_heading, std::to_string(item.number) + ". " + title);
        document.add(BlockKind::line, item.closed ? "Lukket" : "Åbent");
        document.add(BlockKind::line, case_number(item, plan.date.year, CaseNumberStyle::mixed, random));
        write_item_sections(document, item, meeting, style, random);
    }
    document.site = site_of(meeting, kind_word(meeting, "Beslutningsprotokol") + " - " + meeting.body->name + " - " +
                                         long_date(plan.date));
    return document;
}

}  // namespace rs::corpus_generator
