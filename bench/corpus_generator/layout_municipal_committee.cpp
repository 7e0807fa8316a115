// A municipal committee system (also used by clusters hosted by a municipality): the
// authority's name over "Dagsordener og referater", "Referat fra møde i X - forum torsdag
// den 11. februar 2021 kl. 14.00-16.00, place", a members list, a "Pkt. N" contents table,
// item numbers that run on through the year, "Sagsnr. 12/838" before the heading,
// Beslutningstema / Sagens kerne, "Sekretariatet indstiller, at", and "Beslutning i X den
// 11-02-2021" headings with attendance sentences inside them.

#include "bench/corpus_generator/item_writer.hpp"
#include "bench/corpus_generator/layout_common.hpp"

namespace rs::corpus_generator {

Document write_municipal_committee(const MeetingContent& meeting, Random& random) {
    const MeetingPlan& plan = *meeting.plan;
    const Body& body = *meeting.body;
    Random house = house_style(body, "municipal_committee");
    const std::string authority = body.kind == BodyKind::municipal ? body.municipality
                                  : body.kind == BodyKind::regional ? body.region
                                                                    : body.towns.front() + " Kommune";
    const std::string decider = body.kind == BodyKind::municipal || body.kind == BodyKind::regional ? body.name
                                : plan.forum == "Klyngestyregruppe"                              ? "Klyngestyregruppen"
                                                                                                 : body.name;
    SectionStyle style;
    style.resume = house.percent(50) ? "Beslutningstema" : "Sagens kerne";
    style.background = "Sagsfremstilling";
    style.recommendation = "Indstilling";
    style.recommend = RecommendationStyle::recommender_line;
    style.recommender = body.kind == BodyKind::cluster ? "Sekretariatet" : "Forvaltningen";
    style.decision = "Beslutning i " + decider + " den " + numeric_date(plan.date);

    Document document;
    document.add(BlockKind::line, authority);
    document.add(BlockKind::noise, "Dagsordener og referater");
    document.add(BlockKind::title, kind_word(meeting, "Referat") + " fra møde i " + body_and_forum(meeting, " - ", random) +
                                       " " + weekday_name(plan.date) + " den " + long_date(plan.date) + " kl. " +
                                       clock_text(plan.start, '.') + "-" + clock_text(plan.end, '.') + ", " + meeting.place);
    document.add(BlockKind::line, "Medlemmer:");
    std::vector<std::string> members;
    for (const auto& p : meeting.participants) members.push_back(p.name + ", " + p.title + ", " + p.organisation);
    document.add(BlockKind::bullets).lines = members;
    if (!meeting.absent.empty()) {
        document.add(BlockKind::line, "Fraværende:");
        document.add(BlockKind::bullets).lines = meeting.absent;
    }
    document.text_style.bullet = "";
    document.add(BlockKind::contents_heading, "Indholdsfortegnelse");
    int page = 2;
    for (const auto& item : meeting.items) {
        document.add(BlockKind::contents_entry, "Pkt. " + std::to_string(item.number) + "\t" +
                                                    heading_title(item, PrefixStyle::none, SlotStyle::none, random) + "\t" +
                                                    std::to_string(page));
        page += random.between(1, 2);
    }
    for (const auto& item : meeting.items) {
        if (!item.closed) document.add(BlockKind::line, case_number(item, plan.date.year, CaseNumberStyle::short_sagsnr, random));
        document.add(BlockKind::item_heading, "Pkt. " + std::to_string(item.number) + " " +
                                                  heading_title(item, PrefixStyle::none, SlotStyle::none, random));
        write_item_sections(document, item, meeting, style, random);
    }
    if (plan.format == OutputFormat::text) document.add(BlockKind::line, "Underskriftsblad");
    document.site = site_of(meeting, kind_word(meeting, "Referat") + " - " + body.name + " - " + long_date(plan.date) +
                                         " | " + authority);
    return document;
}

}  // namespace rs::corpus_generator
