// Minutes written in Word, printed to PDF and copied out as text: the body, "Referat" and
// the forum on lines of their own, "Tirsdag d. 04. januar, 2022 kl. 14.30", a letter-spaced
// "I N D H O L D" with dotted "Ad N." entries, "Ad N. Title" headings, letter-spaced
// section headings, lines wrapped at the page width with words hyphenated across them,
// and on every page break "Side N af M" and the running header.

#include "bench/corpus_generator/danish_text.hpp"
#include "bench/corpus_generator/item_writer.hpp"
#include "bench/corpus_generator/layout_common.hpp"

namespace rs::corpus_generator {

namespace {

constexpr std::size_t lines_per_page = 46;
constexpr std::size_t page_width = 95;

std::size_t estimated_lines(const Block& block) {
    switch (block.kind) {
        case BlockKind::paragraph: return 2 + block.text.size() / page_width;
        case BlockKind::bullets:
        case BlockKind::numbered: return 1 + block.lines.size();
        case BlockKind::table: return 1 + block.rows.size();
        default: return 2;
    }
}

/// Puts "Side N af M" and the running header where the pages break.
void paginate(Document& document, const std::string& running_header) {
    std::vector<std::size_t> breaks;  // block index before which a page ends
    std::size_t used = 0;
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        used += estimated_lines(document.blocks[i]);
        if (used > lines_per_page) {
            breaks.push_back(i);
            used = estimated_lines(document.blocks[i]);
        }
    }
    const std::size_t pages = breaks.size() + 1;
    std::vector<Block> paged;
    std::size_t next = 0;
    const auto page_end = [&](std::size_t page) {
        Block side;
        side.kind = BlockKind::noise;
        side.text = "Side " + std::to_string(page) + " af " + std::to_string(pages);
        paged.push_back(side);
    };
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        if (next < breaks.size() && breaks[next] == i) {
            page_end(++next);
            Block feed;
            feed.kind = BlockKind::page_break;
            paged.push_back(feed);
            Block header;
            header.kind = BlockKind::noise;
            header.text = running_header;
            paged.push_back(header);
        }
        paged.push_back(std::move(document.blocks[i]));
    }
    page_end(pages);
    document.blocks = std::move(paged);
}

}  // namespace

Document write_word_pdf_export(const MeetingContent& meeting, Random& random) {
    const MeetingPlan& plan = *meeting.plan;
    const Body& body = *meeting.body;
    const std::string kind = kind_word(meeting, "Referat");
    const std::string forum = plan.forum.empty() ? "" : forum_as_written(plan.forum, random);
    SectionStyle style;
    style.resume = "Resumé";
    style.background = "Sagsfremstilling";
    style.recommendation = "Indstilling";
    style.recommend = RecommendationStyle::det_indstilles_line;
    style.decision = "Beslutning";
    style.attachments = "Bilag";
    style.letter_spaced = true;

    Document document;
    document.text_style.wrap_width = page_width;
    document.text_style.hyphenate_percent = 12;
    document.add(BlockKind::title, body.name);
    document.add(BlockKind::line, kind);
    if (!forum.empty()) document.add(BlockKind::line, forum);
    const std::string day = (plan.date.day < 10 ? "0" : "") + std::to_string(plan.date.day);
    document.add(BlockKind::line, weekday_capitalised(plan.date) + " d. " + day + ". " + month_name(plan.date.month) + ", " +
                                      std::to_string(plan.date.year) + " kl. " + clock_text(plan.start, '.'));
    document.add(BlockKind::line, meeting.place);
    document.add(BlockKind::paragraph, "Deltagere: " + participant_list(meeting));
    if (!meeting.absent.empty()) document.add(BlockKind::line, "Afbud: " + absent_list(meeting));
    document.add(BlockKind::contents_heading, letter_spaced("Indhold"));
    int page = 1;
    for (const auto& item : meeting.items) {
        std::string entry = "Ad " + std::to_string(item.number) + ". " + heading_title(item, PrefixStyle::none, SlotStyle::none, random) + " ";
        entry += std::string(entry.size() < 70 ? 70 - entry.size() : 3, '.') + " " + std::to_string(page);
        document.add(BlockKind::contents_entry, entry);
        page += random.percent(60) ? 1 : 0;
    }
    for (const auto& item : meeting.items) {
        document.add(BlockKind::item_heading,
                     "Ad " + std::to_string(item.number) + ". " + heading_title(item, PrefixStyle::none, SlotStyle::none, random));
        write_item_sections(document, item, meeting, style, random);
    }
    paginate(document, body.name + " · " + kind + (forum.empty() ? "" : " · " + forum) + " · " + numeric_date(plan.date, '.'));
    document.site = site_of(meeting, body.name + " - " + kind + " " + long_date(plan.date));
    return document;
}

}  // namespace rs::corpus_generator
