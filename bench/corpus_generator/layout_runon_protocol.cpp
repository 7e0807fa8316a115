// A municipal committee's "Beslutningsprotokol": the committee with its municipality on one
// line, "Mødedato: Onsdag, 10. SEPTEMBER 2025, kl. 15.00-17.00", "Sted:", "Pkt. 998 Title"
// headings whose numbers run on through the year past 999, a "(B)" suffix or a bare time
// slot at the end of the title, Resume / Indstilling / Beslutning.

#include "bench/corpus_generator/danish_text.hpp"
#include "bench/corpus_generator/item_writer.hpp"
#include "bench/corpus_generator/layout_common.hpp"

namespace rs::corpus_generator {

Document write_runon_protocol(const MeetingContent& meeting, Random& random) {
    const MeetingPlan& plan = *meeting.plan;
    const Body& body = *meeting.body;
    const std::string authority = body.kind == BodyKind::municipal ? body.municipality : body.region;
    SectionStyle style;
    style.resume = "Resume";
    style.background = "Sagsfremstilling";
    style.recommendation = "Indstilling";
    style.recommend = RecommendationStyle::det_indstilles_line;
    style.decision = "Beslutning";

    Document document;
    document.text_style.blank_lines = false;
    document.add(BlockKind::title, kind_word(meeting, "Beslutningsprotokol"));
    document.add(BlockKind::line, body.name + ", " + authority);
    document.add(BlockKind::line, "Mødedato: " + weekday_capitalised(plan.date) + ", " + std::to_string(plan.date.day) +
                                      ". " + upper(month_name(plan.date.month)) + " " + std::to_string(plan.date.year) +
                                      ", kl. " + clock_text(plan.start, '.') + "-" + clock_text(plan.end, '.'));
    document.add(BlockKind::line, "Sted: " + meeting.place);
    for (const auto& item : meeting.items) {
        // A title carries a case-type suffix or a bare time slot, not both: both stand at its end.
        const bool suffix = random.percent(60);
        const std::string title = heading_title(item, suffix ? PrefixStyle::suffix : PrefixStyle::none,
                                                suffix ? SlotStyle::none : SlotStyle::bare_range, random);
        document.add(BlockKind::item_heading, "Pkt. " + std::to_string(item.number) + " " + title);
        write_item_sections(document, item, meeting, style, random);
    }
    document.site = site_of(meeting, kind_word(meeting, "Beslutningsprotokol") + " - " + body.name + " - " +
                                         long_date(plan.date) + " | " + authority);
    return document;
}

}  // namespace rs::corpus_generator
