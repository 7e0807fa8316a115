#include "bench/corpus_generator/item_writer.hpp"

#include "bench/corpus_generator/danish_text.hpp"
#include "bench/corpus_generator/minutes_phrasing.hpp"

namespace rs::corpus_generator {

namespace {

std::string replace_number(std::string text, int number) {
    const auto at = text.find("{n}");
    if (at != std::string::npos) text.replace(at, 3, std::to_string(number));
    return text;
}

void heading(Document& document, const std::string& text, const SectionStyle& style) {
    Block& block = document.add(BlockKind::section_heading, style.letter_spaced ? letter_spaced(text) : text);
    block.level = style.level;
    block.emphasis = style.emphasis;
}

void write_recommendation(Document& document, const ItemContent& item, const SectionStyle& style, Random& random) {
    if (item.recommendations.empty()) return;
    const bool heading_line = !style.recommendation.empty() && style.recommend != RecommendationStyle::forslag_til_beslutning;
    if (heading_line) heading(document, style.recommendation, style);
    switch (style.recommend) {
        case RecommendationStyle::det_indstilles_list: {
            document.add(BlockKind::paragraph, "Det indstilles, at " + style.addressee + (random.percent(50) ? ":" : ""));
            Block& list = document.add(style.numbered_lists && random.percent(50) ? BlockKind::numbered : BlockKind::bullets);
            for (const auto& r : item.recommendations) list.lines.push_back(capitalize(finite_recommendation(r)));
            break;
        }
        case RecommendationStyle::det_indstilles_line:
            document.add(BlockKind::paragraph, "Det indstilles, at " + passive_recommendations(item) + ".");
            break;
        case RecommendationStyle::recommender_line:
            document.add(BlockKind::paragraph, style.recommender + " indstiller, at " + passive_recommendations(item) + ".");
            break;
        case RecommendationStyle::recommender_two_lines: {
            document.add(BlockKind::line, style.recommender + " indstiller, at");
            std::string text = capitalize(style.addressee) + " ";
            for (std::size_t i = 0; i < item.recommendations.size(); ++i)
                text += (i ? " og " : "") + finite_recommendation(item.recommendations[i]);
            document.add(BlockKind::line, text + ".");
            break;
        }
        case RecommendationStyle::numbered_at: {
            document.add(BlockKind::line, "Det indstilles,");
            Block& list = document.add(BlockKind::numbered);
            for (const auto& r : item.recommendations) list.lines.push_back("at " + style.addressee + " " + finite_recommendation(r));
            break;
        }
        case RecommendationStyle::forslag_til_beslutning:
            heading(document, "Forslag til beslutning:", style);
            document.add(BlockKind::paragraph, "At " + passive_recommendations(item) + ".");
            break;
        case RecommendationStyle::pipe_rows: {
            Block& rows = document.add(BlockKind::pipe_rows);
            if (random.percent(40)) rows.rows.push_back({"Det indstilles,", ""});
            for (const auto& r : item.recommendations) rows.rows.push_back({"at", passive_recommendation(r)});
            break;
        }
    }
}

void write_decision(Document& document, const ItemContent& item, const SectionStyle& style) {
    if (item.decision.empty() && item.attendees.empty()) return;
    heading(document, replace_number(style.decision, item.number), style);
    if (!item.attendees.empty()) {  // a Mødedeltagere item lists who came under its Beslutning
        document.add(BlockKind::line, "Mødedeltagere:");
        document.add(BlockKind::bullets).lines = item.attendees;
    }
    if (!item.decision.empty()) document.add(BlockKind::paragraph, item.decision);
    for (const auto& more : item.decision_more) document.add(BlockKind::paragraph, more);
    if (!item.attendance_note.empty()) document.add(BlockKind::paragraph, item.attendance_note);
    if (style.conclusion_too && !item.decision.empty() && !item.procedural) {
        heading(document, style.conclusion, style);
        document.add(BlockKind::paragraph, item.decision);
    }
}

void write_attachments(Document& document, const ItemContent& item, const SectionStyle& style) {
    if (item.attachments.empty()) return;
    if (style.attachments_inline) {
        std::string text = style.attachments + ": ";
        for (std::size_t i = 0; i < item.attachments.size(); ++i) text += (i ? " samt " : "") + item.attachments[i];
        heading(document, text, style);
        return;
    }
    heading(document, style.attachments, style);
    for (const auto& attachment : item.attachments) document.add(BlockKind::line, attachment);
}

}  // namespace

void write_background(Document& document, const ItemContent& item, const SectionStyle& style) {
    for (const auto& passage : item.background) {
        switch (passage.kind) {
            case Passage::Kind::paragraph: document.add(BlockKind::paragraph, passage.text); break;
            case Passage::Kind::subheading: {
                Block& block = document.add(BlockKind::subheading, passage.text);
                block.level = style.level + 1;
                block.emphasis = style.emphasis;
                break;
            }
            case Passage::Kind::bullets: document.add(BlockKind::bullets).lines = passage.lines; break;
            case Passage::Kind::table: document.add(BlockKind::table).rows = passage.rows; break;
        }
    }
}

void write_item_sections(Document& document, const ItemContent& item, const MeetingContent& meeting,
                         const SectionStyle& style, Random& random) {
    const bool agenda = meeting.plan->agenda;
    if (item.closed) {
        document.add(BlockKind::paragraph, agenda ? "Sagen behandles for lukkede døre." : "Sagen er behandlet for lukkede døre.");
        return;
    }
    if (item.procedural) {
        if (!item.recommendations.empty() && random.percent(40)) write_recommendation(document, item, style, random);
        if (!agenda) write_decision(document, item, style);
        return;
    }
    if (style.decision_first && !agenda) {
        write_decision(document, item, style);
        write_background(document, item, style);  // under the Beslutning, without a heading of its own
        write_recommendation(document, item, style, random);
        write_attachments(document, item, style);
        return;
    }
    if (style.resume_allowed && !item.resume.empty()) {
        heading(document, style.resume, style);
        for (const auto& paragraph : item.resume) document.add(BlockKind::paragraph, paragraph);
    }
    if (!item.background.empty()) {
        if (!(item.background.size() == 1 && item.type == CaseType::orientering && random.percent(30)))
            heading(document, style.background, style);
        write_background(document, item, style);
    }
    write_recommendation(document, item, style, random);
    write_attachments(document, item, style);
    if (!agenda) write_decision(document, item, style);
}

}  // namespace rs::corpus_generator
