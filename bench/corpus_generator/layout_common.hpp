#pragma once
// What the layout families share: the kind word of a document ("Referat" / "Dagsorden"),
// item titles with their markers, a contents list, the site around a saved page.

#include <string>

#include "bench/corpus_generator/document.hpp"
#include "bench/corpus_generator/item_writer.hpp"
#include "bench/corpus_generator/meeting_content.hpp"
#include "bench/corpus_generator/minutes_phrasing.hpp"
#include "bench/corpus_generator/random.hpp"

namespace rs::corpus_generator {

/// One family's writer: the content of a meeting → a document.
using FamilyWriter = Document (*)(const MeetingContent& meeting, Random& random);

Document write_regional_referat(const MeetingContent& meeting, Random& random);
Document write_web_meeting_system(const MeetingContent& meeting, Random& random);
Document write_municipal_committee(const MeetingContent& meeting, Random& random);
Document write_word_pdf_export(const MeetingContent& meeting, Random& random);
Document write_old_layout_2012(const MeetingContent& meeting, Random& random);
Document write_beslutningsprotokol(const MeetingContent& meeting, Random& random);
Document write_multiline_header(const MeetingContent& meeting, Random& random);
Document write_sundhedsraad_konklusioner(const MeetingContent& meeting, Random& random);
Document write_glued_numbers(const MeetingContent& meeting, Random& random);
Document write_municipal_web_page(const MeetingContent& meeting, Random& random);
Document write_regional_committee_pdf(const MeetingContent& meeting, Random& random);
Document write_runon_protocol(const MeetingContent& meeting, Random& random);

/// "Referat" or "Dagsorden" (minutes or agenda), capitalised as given: `referat` is the
/// minutes' word ("Referat", "REFERAT", "Beslutningsprotokol", "Konklusioner").
std::string kind_word(const MeetingContent& meeting, const std::string& referat);

/// An item's title as its heading carries it: case-type marker, time slot, closed marker.
std::string heading_title(const ItemContent& item, PrefixStyle prefix, SlotStyle slot, Random& random);

/// A web page's "Punkter på dagsordenen" and its items, each folded ("fold dette punkt
/// ind") with its case number under the heading; "Tilbage til toppen" after every item,
/// or once after the last when `back_to_top_each` is false.
void write_folded_web_items(Document& document, const MeetingContent& meeting, PrefixStyle prefix,
                            CaseNumberStyle numbers, const SectionStyle& style, bool back_to_top_each,
                            Random& random);

/// A house style: choices a body's minutes system makes once, the same in all its files
/// and for every seed (drawn from a hash of the body's name and `aspect`).
Random house_style(const Body& body, std::string_view aspect);

/// The body and forum as a title line joins them: "Sundhedsklynge Fyn - Fagligt strategisk
/// niveau", or the body alone for a committee.
std::string body_and_forum(const MeetingContent& meeting, const std::string& separator, Random& random);

/// The site a saved page of `meeting` comes from, with `page_title` as its <title>.
SiteChrome site_of(const MeetingContent& meeting, std::string page_title);

/// Names of the participants as a comma list, or of the absent.
std::string participant_list(const MeetingContent& meeting);
std::string absent_list(const MeetingContent& meeting);

/// The weekday capitalised: "Mandag".
std::string weekday_capitalised(const Date& date);

}  // namespace rs::corpus_generator
