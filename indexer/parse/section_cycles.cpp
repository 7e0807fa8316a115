#include "indexer/parse/section_cycles.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>

#include "schema/model.hpp"
#include "schema/text/plain_text.hpp"

namespace rs::indexer {

namespace {

/// Reading order of sections: a run of headings that keeps to it belongs to one item.
constexpr std::array<std::string_view, 6> reading_order{
    schema::section::resume,     schema::section::sagsfremstilling, schema::section::indstilling,
    schema::section::beslutning, schema::section::konklusion,       schema::section::bilag};

/// Longest line read as a title that lost its number; anything longer is prose.
constexpr std::size_t max_title_bytes = 120;
/// A title made from the first sentence of the item's text is cut here.
constexpr std::size_t derived_title_bytes = 100;

std::size_t order_of(const ClassifiedLine& line) {
    const auto it = std::find(reading_order.begin(), reading_order.end(), line.section->section);
    return static_cast<std::size_t>(it - reading_order.begin());  // unknown sections last
}

// The line before `heading` if it reads as a lost title: text, short, not a sentence,
// with a blank line or the start of the file above it.
std::optional<std::size_t> title_line_before(const std::vector<ClassifiedLine>& lines, std::size_t heading,
                                             std::size_t floor) {
    if (heading == 0 || heading <= floor) return std::nullopt;
    const std::size_t candidate = heading - 1;
    const auto& line = lines[candidate];
    if (line.kind != LineKind::text || line.line.text.size() > max_title_bytes) return std::nullopt;
    const char last = line.line.text.back();
    if (last == '.' || last == ':' || last == ',' || last == ';') return std::nullopt;
    if (candidate > 0 && lines[candidate - 1].content() && lines[candidate - 1].kind != LineKind::header &&
        candidate - 1 >= floor)
        return std::nullopt;
    return candidate;
}

// The first sentence of the text after `heading`, for an item whose title was lost.
std::string first_sentence_after(const std::vector<ClassifiedLine>& lines, std::size_t heading) {
    std::string text = lines[heading].section->rest;
    for (std::size_t i = heading + 1; i < lines.size() && text.size() < 2 * derived_title_bytes; ++i) {
        if (lines[i].kind == LineKind::section_heading) break;
        if (lines[i].kind == LineKind::text) text += (text.empty() ? "" : " ") + lines[i].line.text;
    }
    const auto stop = text.find(". ");
    if (stop != std::string::npos) text = text.substr(0, stop);
    while (!text.empty() && text.back() == '.') text.pop_back();
    return schema::shorten(text, derived_title_bytes);
}

}  // namespace

ItemChain chain_from_section_cycles(std::vector<ClassifiedLine>& lines) {
    // Section headings, a heading that only repeats the one before it ("Indstilling" /
    // "Forvaltningen indstiller, at …") counted once.
    std::vector<std::size_t> headings;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != LineKind::section_heading || !lines[i].section) continue;
        if (!headings.empty() && lines[headings.back()].section->section == lines[i].section->section) {
            const bool text_between = std::any_of(lines.begin() + static_cast<long>(headings.back()) + 1,
                                                  lines.begin() + static_cast<long>(i),
                                                  [](const ClassifiedLine& l) { return l.kind == LineKind::text; });
            if (!text_between) continue;
        }
        headings.push_back(i);
    }
    if (headings.empty()) return {};

    // Item starts, as positions in `headings`.
    std::vector<std::size_t> starts{0};
    std::set<std::string> seen{lines[headings[0]].section->section};
    for (std::size_t k = 1; k < headings.size(); ++k) {
        const auto& section = lines[headings[k]].section->section;
        if (!seen.contains(section)) {
            seen.insert(section);
            continue;
        }
        // Back to the start of the run in strict reading order that ends here (two headings of
        // one section never share an item's run).
        std::size_t start = k;
        while (start > starts.back() + 1 && order_of(lines[headings[start - 1]]) < order_of(lines[headings[start]]))
            --start;
        starts.push_back(start);
        seen.clear();
        for (std::size_t j = start; j <= k; ++j) seen.insert(lines[headings[j]].section->section);
    }
    // One cycle is one item only when it reads as one: a title line over its sections.
    if (starts.size() < 2 && !title_line_before(lines, headings.front(), 0)) return {};

    ItemChain chain;
    chain.family = "section_cycle";
    std::size_t floor = 0;
    for (std::size_t n = 0; n < starts.size(); ++n) {
        const std::size_t heading = headings[starts[n]];
        ItemCandidate candidate{"section_cycle", static_cast<int>(n + 1), "", ""};
        std::size_t at = heading;
        if (const auto title = title_line_before(lines, heading, floor)) {
            at = *title;
            candidate.title = lines[at].line.text;
            lines[at].kind = LineKind::item_heading;
            lines[at].note = "item " + std::to_string(n + 1) + ": a title without a number before the sections start again";
        } else {
            candidate.title = first_sentence_after(lines, heading);
            lines[at].note = "item " + std::to_string(n + 1) +
                             " starts here: the sections start again; no title line, so the title is the text's first sentence";
        }
        lines[at].item = candidate;
        lines[at].pattern = lines[at].kind == LineKind::item_heading ? "section_cycle" : lines[at].pattern;
        chain.headings.push_back(at);
        floor = heading + 1;
    }
    return chain;
}

}  // namespace rs::indexer
