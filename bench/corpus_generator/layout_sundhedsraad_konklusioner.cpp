// The sundhedsråd from 2027: "Sundhedsråd X" / "Konklusioner" / "fra sundhedsrådets møde
// mandag den 18. januar 2027 kl. 13.00-15.30" / "Mødested: …", a "Punkter på dagsordenen"
// list, "N. Title" items, numbered "1. at sundhedsrådet godkender …" recommendations that
// are not items, and Konklusion headings; or, in another secretariat, "Referat af
// sundhedsrådsmøde" with Dato: (ISO), Tid:, Sted: and Region: fields.

#include "bench/corpus_generator/item_writer.hpp"
#include "bench/corpus_generator/layout_common.hpp"

namespace rs::corpus_generator {

Document write_sundhedsraad_konklusioner(const MeetingContent& meeting, Random& random) {
    const MeetingPlan& plan = *meeting.plan;
    const Body& body = *meeting.body;
    Random house = house_style(body, "sundhedsraad");
    const bool labelled = house.percent(40);
    SectionStyle style;
    style.resume = "Resumé";
    style.background = "Sagsfremstilling";
    style.recommendation = "Indstilling";
    style.recommend = RecommendationStyle::numbered_at;
    style.addressee = "sundhedsrådet";
    style.decision = labelled ? "Beslutning" : (house.percent(50) ? "Konklusion" : "KONKLUSION");

    Document document;
    const auto field = [&](const char* label, std::string value) {
        Block& block = document.add(BlockKind::field, std::move(value));
        block.label = label;
        block.separator = ": ";
    };
    const std::string slot = "kl. " + clock_text(plan.start, '.') + "-" + clock_text(plan.end, '.');
    if (labelled) {
        document.add(BlockKind::title, meeting.plan->agenda ? "Dagsorden for sundhedsrådsmøde" : "Referat af sundhedsrådsmøde");
        document.add(BlockKind::line, body.name);
        field("Dato", iso_date(plan.date));
        field("Tid", slot);
        field("Sted", meeting.place);
        field("Region", body.region);
    } else {
        document.add(BlockKind::title, body.name);
        document.add(BlockKind::line, kind_word(meeting, "Konklusioner"));
        document.add(BlockKind::line, std::string(meeting.plan->agenda ? "til" : "fra") + " sundhedsrådets møde " +
                                          weekday_name(plan.date) + " den " + long_date(plan.date) + " " + slot);
        field("Mødested", meeting.place);
    }
    document.add(BlockKind::paragraph, "Deltagere: " + participant_list(meeting) + ".");
    if (!meeting.absent.empty()) field("Afbud", absent_list(meeting));
    std::vector<std::string> titles;
    for (const auto& item : meeting.items) titles.push_back(heading_title(item, PrefixStyle::none, SlotStyle::none, random));
    if (!labelled) {
        document.add(BlockKind::contents_heading, "Punkter på dagsordenen");
        for (std::size_t i = 0; i < titles.size(); ++i)
            document.add(BlockKind::contents_entry, std::to_string(meeting.items[i].number) + ". " + titles[i]);
    }
    for (std::size_t i = 0; i < titles.size(); ++i) {
        document.add(BlockKind::item_heading, std::to_string(meeting.items[i].number) + ". " + titles[i]);
        write_item_sections(document, meeting.items[i], meeting, style, random);
    }
    document.site = site_of(meeting, kind_word(meeting, "Konklusioner") + " - " + body.name + " - " + long_date(plan.date));
    return document;
}

}  // namespace rs::corpus_generator
