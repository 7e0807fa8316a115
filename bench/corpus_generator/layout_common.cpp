#include "bench/corpus_generator/layout_common.hpp"

#include "bench/corpus_generator/danish_text.hpp"
#include "schema/text/stable_hash.hpp"

namespace rs::corpus_generator {

void write_folded_web_items(Document& document, const MeetingContent& meeting, PrefixStyle prefix,
                            CaseNumberStyle numbers, const SectionStyle& style, bool back_to_top_each,
                            Random& random) {
    document.add(BlockKind::contents_heading, "Punkter på dagsordenen");
    std::vector<std::string> titles;
    for (const auto& item : meeting.items) titles.push_back(heading_title(item, prefix, SlotStyle::none, random));
    for (std::size_t i = 0; i < titles.size(); ++i)
        document.add(BlockKind::contents_entry, std::to_string(meeting.items[i].number) + ". " + titles[i]);
    for (std::size_t i = 0; i < titles.size(); ++i) {
        const ItemContent& item = meeting.items[i];
        document.add(BlockKind::noise, "fold dette punkt ind");
        document.add(BlockKind::item_heading, std::to_string(item.number) + ". " + titles[i]);
        if (!item.closed) document.add(BlockKind::line, case_number(item, meeting.plan->date.year, numbers, random));
        write_item_sections(document, item, meeting, style, random);
        if (back_to_top_each) document.add(BlockKind::noise, "Tilbage til toppen");
    }
    if (!back_to_top_each) document.add(BlockKind::noise, "Tilbage til toppen");
}

std::string kind_word(const MeetingContent& meeting, const std::string& referat) {
    if (!meeting.plan->agenda) return referat;
    if (referat == upper(referat)) return "DAGSORDEN";
    return "Dagsorden";
}

std::string heading_title(const ItemContent& item, PrefixStyle prefix, SlotStyle slot, Random& random) {
    std::string title = title_with_case_type(item, prefix, random);
    if (!item.procedural || item.title.starts_with("PAUSE") || item.title.starts_with("Velkomst"))
        title += time_slot(item, slot);
    if (item.closed) title = closed_title(title, random);
    return title;
}

Random house_style(const Body& body, std::string_view aspect) {
    return Random(schema::stable_hash(body.canonical + "/" + std::string(aspect)));
}

std::string body_and_forum(const MeetingContent& meeting, const std::string& separator, Random& random) {
    const std::string body = body_as_written(*meeting.body, random);
    if (meeting.plan->forum.empty()) return body;
    return body + separator + forum_as_written(meeting.plan->forum, random);
}

SiteChrome site_of(const MeetingContent& meeting, std::string page_title) {
    const Body& body = *meeting.body;
    SiteChrome site;
    site.page_title = std::move(page_title);
    site.site_name = body.kind == BodyKind::municipal ? body.municipality : body.region;
    site.breadcrumb = {"Forside", "Politik", "Dagsordener og referater"};
    site.breadcrumb.push_back(body.kind == BodyKind::cluster || body.kind == BodyKind::sundhedsraad ? "Sundhedssamarbejde"
                                                                                                     : "Udvalg");
    site.see_all = "Se alle dagsordener og referater for " + body.name;
    site.cookie_banner = body.kind == BodyKind::municipal;
    site.address = site.site_name + " · " + body.towns.front() + " Rådhus";
    return site;
}

std::string participant_list(const MeetingContent& meeting) {
    std::string out;
    for (const auto& p : meeting.participants) out += (out.empty() ? "" : ", ") + p.name + " (" + p.organisation + ")";
    return out;
}

std::string absent_list(const MeetingContent& meeting) {
    std::string out;
    for (const auto& name : meeting.absent) out += (out.empty() ? "" : ", ") + name;
    return out;
}

std::string weekday_capitalised(const Date& date) { return capitalize(weekday_name(date)); }

}  // namespace rs::corpus_generator
