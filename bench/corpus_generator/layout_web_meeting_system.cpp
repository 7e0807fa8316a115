// A regional web meeting system, saved as a page or copied out as text: the body named only
// in the page title and breadcrumb, labelled fields (Mødedato:, Mødetidspunkt:, Mødested:,
// Udvalg:), a numbered "Punkter på dagsordenen", "N. Title" headings with "Beslutning:" /
// "Drøftelse:" / "Orientering:" prefixes, "Sagsnr.:" under the heading, "Administrationen
// indstiller, at" over two lines, "fold dette punkt ind" and "Tilbage til toppen" around
// every item.

#include "bench/corpus_generator/item_writer.hpp"
#include "bench/corpus_generator/layout_common.hpp"

namespace rs::corpus_generator {

Document write_web_meeting_system(const MeetingContent& meeting, Random& random) {
    const MeetingPlan& plan = *meeting.plan;
    const Body& body = *meeting.body;
    const std::string kind = kind_word(meeting, "Referat");
    const std::string committee_or_forum = plan.forum.empty() ? body.name : forum_as_written(plan.forum, random);
    const std::string page_title =
        kind + " - " + body_and_forum(meeting, " - ", random) + " | " + body.region;

    SectionStyle style;
    style.resume = "Resumé";
    style.background = "Sagsfremstilling";
    style.recommendation = "";
    style.recommend = RecommendationStyle::recommender_two_lines;
    style.recommender = "Administrationen";
    style.addressee = plan.forum.empty() ? "udvalget" : committee_or_forum;
    style.level = 3;

    Document document;
    document.text_preamble = {page_title, "Gå til indhold",
                              "Forside › Politik › Dagsordener og referater › " + committee_or_forum, "Abonnér",
                              "Søg i dagsordener og referater", "Log ind"};
    document.site = site_of(meeting, page_title);
    document.add(BlockKind::title, kind);
    const auto field = [&](const char* label, std::string value) {
        Block& block = document.add(BlockKind::field, std::move(value));
        block.label = label;
        block.separator = ": ";
    };
    field("Mødedato", weekday_name(plan.date) + " den " + long_date(plan.date));
    field("Mødetidspunkt", "kl. " + clock_text(plan.start) + " - " + clock_text(plan.end));
    field("Mødested", meeting.place);
    field("Udvalg", committee_or_forum);
    field("Deltagere", participant_list(meeting));
    if (!meeting.absent.empty()) field("Afbud", absent_list(meeting));
    document.add(BlockKind::noise, "Udskriv");
    write_folded_web_items(document, meeting, PrefixStyle::web, CaseNumberStyle::regional_sagsnr, style, true, random);
    if (plan.format == OutputFormat::text)
        document.add(BlockKind::noise, "Kontakt · Tilgængelighedserklæring · Cookies · Privatlivspolitik");
    return document;
}

}  // namespace rs::corpus_generator
