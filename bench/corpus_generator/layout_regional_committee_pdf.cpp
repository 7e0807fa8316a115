// A regional committee's minutes from a PDF: "Region X" / "Committee" / "Referat" over three
// lines, "Mødedato: tirsdag, januar 14, 2025" (month before day), "Tidspunkt: kl. 13.00 -
// 15.30", an unlabelled room, a dotted contents list, "Punkt N:" headings with time slots,
// decision headings "Committee, 14. januar 2025, pkt. N", running headers with "Side N af
// M" between the blocks of a page and page numbers glued to the next heading ("3Punkt 3").

#include "bench/corpus_generator/item_writer.hpp"
#include "bench/corpus_generator/layout_common.hpp"

namespace rs::corpus_generator {

namespace {
constexpr std::size_t blocks_per_page = 22;
}

Document write_regional_committee_pdf(const MeetingContent& meeting, Random& random) {
    const MeetingPlan& plan = *meeting.plan;
    const Body& body = *meeting.body;
    SectionStyle style;
    style.resume = "Resume";
    style.background = "Sagsfremstilling";
    style.recommendation = "Indstilling";
    style.recommend = RecommendationStyle::recommender_line;
    style.recommender = "Administrationen";
    style.decision = body.name + ", " + long_date(plan.date) + ", pkt. {n}";

    Document document;
    document.text_style.blank_lines = false;
    document.add(BlockKind::line, body.region);
    document.add(BlockKind::title, body.name);
    document.add(BlockKind::line, kind_word(meeting, "Referat"));
    document.add(BlockKind::line, "Mødedato: " + weekday_name(plan.date) + ", " + month_name(plan.date.month) + " " +
                                      std::to_string(plan.date.day) + ", " + std::to_string(plan.date.year));
    document.add(BlockKind::line, "Tidspunkt: kl. " + clock_text(plan.start, '.') + " - " + clock_text(plan.end, '.'));
    document.add(BlockKind::line, meeting.place);
    document.add(BlockKind::contents_heading, "Indholdsfortegnelse");
    std::vector<std::string> headings;
    int page = 2;
    for (const auto& item : meeting.items) {
        headings.push_back("Punkt " + std::to_string(item.number) + ": " +
                           heading_title(item, PrefixStyle::none, SlotStyle::bracketed_dot, random));
        document.add(BlockKind::contents_entry, headings.back() + "....................." + std::to_string(page));
        page += random.percent(50) ? 1 : 0;
    }
    const std::size_t header_blocks = document.blocks.size();
    for (std::size_t i = 0; i < headings.size(); ++i) {
        document.add(BlockKind::item_heading, headings[i]);
        write_item_sections(document, meeting.items[i], meeting, style, random);
    }
    // Pages: a running header with the page number after every blocks_per_page blocks; the
    // next page's number glued to an item heading when one opens the page.
    const std::size_t pages = 1 + (document.blocks.size() - header_blocks) / blocks_per_page;
    std::vector<Block> paged(document.blocks.begin(), document.blocks.begin() + static_cast<long>(header_blocks));
    std::size_t page_number = 1;
    for (std::size_t i = header_blocks; i < document.blocks.size(); ++i) {
        Block block = std::move(document.blocks[i]);
        if ((i - header_blocks) % blocks_per_page == 0) {
            Block running;
            running.kind = BlockKind::noise;
            running.text = body.name + " " + numeric_date(plan.date) + " Side " + std::to_string(page_number) + " af " +
                           std::to_string(pages);
            paged.push_back(std::move(running));
            ++page_number;
            if (block.kind == BlockKind::item_heading && random.percent(50))
                block.text = std::to_string(page_number) + block.text;
        }
        paged.push_back(std::move(block));
    }
    document.blocks = std::move(paged);
    document.site = site_of(meeting, body.name + " - " + kind_word(meeting, "Referat") + " - " + long_date(plan.date) +
                                         " | " + body.region);
    return document;
}

}  // namespace rs::corpus_generator
