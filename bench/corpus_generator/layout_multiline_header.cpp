// A header spread over five lines ("Referat" / "til" / "mødet i X – forum" / "den 22.
// november 2023 kl. 08:30" / "i place"), a "Dagsorden:" list with indented sub-items,
// "(B)"/"(O)"/"(D)" suffixes and "Meddelelse -" prefixes, "2. a." sub-items under a
// parent item, closed items as "LUKKET PUNKT - …", sections with a colon.

#include "bench/corpus_generator/item_writer.hpp"
#include "bench/corpus_generator/layout_common.hpp"

namespace rs::corpus_generator {

namespace {

std::string number_of(const ItemContent& item) {
    return std::to_string(item.number) + "." + (item.sub.empty() ? "" : " " + item.sub + ".");
}

}  // namespace

Document write_multiline_header(const MeetingContent& meeting, Random& random) {
    const MeetingPlan& plan = *meeting.plan;
    SectionStyle style;
    style.resume = "Resumé:";
    style.background = "Sagsfremstilling:";
    style.recommendation = "Indstilling:";
    style.recommend = RecommendationStyle::det_indstilles_line;
    style.decision = "Beslutning:";
    style.attachments = "Bilag:";

    Document document;
    document.add(BlockKind::title, kind_word(meeting, "Referat"));
    document.add(BlockKind::line, "til");
    document.add(BlockKind::line, "mødet i " + body_and_forum(meeting, " – ", random));
    document.add(BlockKind::line, "den " + long_date(plan.date) + " kl. " + clock_text(plan.start));
    document.add(BlockKind::line, "i " + meeting.place);
    document.add(BlockKind::paragraph, "Deltagere: " + participant_list(meeting) + ".");
    if (!meeting.absent.empty()) document.add(BlockKind::line, "Fraværende: " + absent_list(meeting) + ".");
    document.add(BlockKind::line, "Dagsorden:");
    std::vector<std::string> titles;
    for (const auto& item : meeting.items) {
        titles.push_back(heading_title(item, PrefixStyle::suffix, SlotStyle::none, random));
        document.add(BlockKind::line, std::string(item.sub.empty() ? "" : "   ") + number_of(item) + " " + titles.back());
    }
    for (std::size_t i = 0; i < meeting.items.size(); ++i) {
        const ItemContent& item = meeting.items[i];
        document.add(BlockKind::item_heading, number_of(item) + " " + titles[i]);
        write_item_sections(document, item, meeting, style, random);
    }
    document.site = site_of(meeting, kind_word(meeting, "Referat") + " - " + meeting.body->name + " - " + long_date(plan.date));
    return document;
}

}  // namespace rs::corpus_generator
