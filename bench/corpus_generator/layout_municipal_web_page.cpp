// A municipality's committee minutes saved from its website: the site's chrome before the
// document (skip link, logo text, menu words, breadcrumb, "Se alle dagsordener og referater
// for X", a cookie banner), "X - Referat", Mødedato:/Mødetidspunkt:/Mødested:, a numbered
// "Punkter på dagsordenen", "fold dette punkt ind" before each "N. Title (O)", KLE case
// numbers, "Forvaltningen indstiller, at" and "Beslutning i X den 3. marts 2025".

#include "bench/corpus_generator/item_writer.hpp"
#include "bench/corpus_generator/layout_common.hpp"

namespace rs::corpus_generator {

Document write_municipal_web_page(const MeetingContent& meeting, Random& random) {
    const MeetingPlan& plan = *meeting.plan;
    const Body& body = *meeting.body;
    const std::string authority = body.kind == BodyKind::municipal ? body.municipality : body.region;
    const std::string kind = kind_word(meeting, "Referat");
    const std::string page_title = body.name + " - " + kind + " - " + long_date(plan.date) + " | " + authority;
    SectionStyle style;
    style.resume = "Resume";
    style.background = "Sagsfremstilling";
    style.recommendation = "Indstilling";
    style.recommend = RecommendationStyle::recommender_line;
    style.recommender = "Forvaltningen";
    style.decision = "Beslutning i " + body.name + " den " + long_date(plan.date);

    Document document;
    document.text_style.blank_lines = false;
    document.text_preamble = {page_title,
                              "Gå til hovedindhold",
                              authority + " logo",
                              "Borger",
                              "Erhverv",
                              "Politik",
                              "Om kommunen",
                              "Forside › Politik › Dagsordener og referater › " + body.name,
                              "Se alle dagsordener og referater for " + body.name,
                              "Vi bruger cookies for at give dig den bedste oplevelse. Læs mere om cookies",
                              "Accepter alle cookies",
                              "Afvis"};
    document.site = site_of(meeting, page_title);
    document.add(BlockKind::title, body_as_written(body, random) + " - " + kind);
    const auto field = [&](const char* label, std::string value) {
        Block& block = document.add(BlockKind::field, std::move(value));
        block.label = label;
        block.separator = ": ";
    };
    field("Mødedato", long_date(plan.date));
    field("Mødetidspunkt", clock_text(plan.start) + " - " + clock_text(plan.end));
    field("Mødested", meeting.place);
    write_folded_web_items(document, meeting, PrefixStyle::suffix, CaseNumberStyle::kle, style, false, random);
    return document;
}

}  // namespace rs::corpus_generator
