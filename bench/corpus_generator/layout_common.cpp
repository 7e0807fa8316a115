#include "bench/corpus_generator/layout_common.hpp"

#include "bench/corpus_generator/danish_text.hpp"
#include "schema/text/stable_hash.hpp"

namespace rs::corpus_generator {

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
