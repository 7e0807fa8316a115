// An older Nordjylland system exported to text: "X – forum" / "Referat" / "Torsdag 10. nov
// 2016" / "kl. 19.00 – 21.00", tab-separated "Deltagere:" and "Afbud:" lines, a "Pkt. Tekst
// Side" table of contents, item numbers glued to their titles ("38Godkendelse af
// dagsorden"), numbers running on through the year, and the Indstilling as the remnants
// of a two-column table ("| at | dagsorden godkendes |").

#include "bench/corpus_generator/item_writer.hpp"
#include "bench/corpus_generator/layout_common.hpp"

namespace rs::corpus_generator {

Document write_glued_numbers(const MeetingContent& meeting, Random& random) {
    const MeetingPlan& plan = *meeting.plan;
    const Body& body = *meeting.body;
    SectionStyle style;
    style.resume_allowed = false;
    style.background = "Sagsfremstilling";
    style.recommendation = "Indstilling";
    style.recommend = RecommendationStyle::pipe_rows;
    style.decision = "Beslutning";

    Document document;
    document.text_style.blank_lines = false;
    const std::string forum = plan.forum == "Politisk niveau" && random.percent(60) ? "politisk styregruppe"
                              : plan.forum.empty()                                ? ""
                                                                                  : forum_as_written(plan.forum, random);
    document.add(BlockKind::title, body.name + (forum.empty() ? "" : " – " + forum));
    document.add(BlockKind::line, kind_word(meeting, "Referat"));
    document.add(BlockKind::line, weekday_capitalised(plan.date) + " " + std::to_string(plan.date.day) + ". " +
                                      month_short(plan.date.month) + " " + std::to_string(plan.date.year));
    document.add(BlockKind::line, "kl. " + clock_text(plan.start, '.') + " – " + clock_text(plan.end, '.'));
    document.add(BlockKind::line, meeting.place);
    std::string present = "Deltagere:";
    for (const auto& organisation : organisations_of(body))
        if (organisation != "PLO") present += "\t" + organisation;
    document.add(BlockKind::line, present);
    if (!meeting.absent.empty()) document.add(BlockKind::line, "Afbud:\t" + absent_list(meeting));
    document.add(BlockKind::contents_heading, "Pkt.\tTekst\tSide");
    int page = 1;
    std::vector<std::string> titles;
    for (const auto& item : meeting.items) {
        titles.push_back(heading_title(item, PrefixStyle::none, SlotStyle::none, random));
        document.add(BlockKind::contents_entry, std::to_string(item.number) + "\t" + titles.back() + "\t" + std::to_string(page));
        page += random.percent(50) ? 1 : 0;
    }
    for (std::size_t i = 0; i < titles.size(); ++i) {
        document.add(BlockKind::item_heading, std::to_string(meeting.items[i].number) + titles[i]);
        write_item_sections(document, meeting.items[i], meeting, style, random);
    }
    document.site = site_of(meeting, body.name + " - " + kind_word(meeting, "Referat") + " " + long_date(plan.date));
    return document;
}

}  // namespace rs::corpus_generator
