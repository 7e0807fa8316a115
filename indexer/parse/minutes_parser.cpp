#include "indexer/parse/minutes_parser.hpp"

#include <algorithm>

#include "indexer/parse/header_reader.hpp"
#include "indexer/parse/item_builder.hpp"
#include "indexer/parse/item_chain.hpp"
#include "indexer/parse/line_classifier.hpp"
#include "indexer/parse/section_cycles.hpp"
#include "indexer/parse/title_parser.hpp"
#include "indexer/parse_error.hpp"
#include "schema/text/unicode.hpp"

namespace rs::indexer {

namespace {

// A long file whose agenda comes out as one or two items that hold nearly all of it has
// not been understood: refuse it rather than index one giant item.
constexpr std::size_t long_file_lines = 250;
constexpr double swallowed_share = 0.9;
constexpr std::size_t max_items_for_swallow_check = 2;

void check_structure(const std::vector<ClassifiedLine>& lines, const ItemChain& chain, const std::string& source) {
    if (chain.headings.empty())
        throw ParseError(source, 0,
                         "no agenda items found: no line reads as an item heading "
                         "(\"Punkt 1: …\", \"1. …\", \"Pkt. 1 …\", \"Ad 1.\" …)");
    std::size_t content_lines = 0;
    for (const auto& line : lines) content_lines += line.content() ? 1 : 0;
    if (content_lines < long_file_lines || chain.headings.size() > max_items_for_swallow_check) return;
    for (std::size_t k = 0; k < chain.headings.size(); ++k) {
        const std::size_t end = k + 1 < chain.headings.size() ? chain.headings[k + 1] : lines.size();
        std::size_t held = 0;
        for (std::size_t i = chain.headings[k]; i < end; ++i) held += lines[i].content() ? 1 : 0;
        if (static_cast<double>(held) > swallowed_share * static_cast<double>(content_lines))
            throw ParseError(source, lines[chain.headings[k]].line.number,
                             "agenda structure not recognised: item " +
                                 std::to_string(lines[chain.headings[k]].item->number) + " would hold " +
                                 std::to_string(held) + " of the file's " + std::to_string(content_lines) +
                                 " lines");
    }
}

/// An item holding this many times the content of the median item, and at least
/// long_item_lines lines, has likely swallowed the items after it.
constexpr std::size_t long_item_factor = 6;
constexpr std::size_t long_item_lines = 60;

std::size_t content_lines(const schema::AgendaItem& item) {
    std::size_t lines = 1;
    for (const auto& section : item.sections) lines += 1 + static_cast<std::size_t>(std::count(section.text.begin(), section.text.end(), '\n'));
    return lines;
}

// What a person checking the file should look at in its items.
void warn_about_items(const std::vector<schema::AgendaItem>& items, std::vector<std::string>& warnings) {
    std::string without;
    for (const auto& item : items)
        if (item.sections.empty() && !item.procedural && !item.closed)
            without += (without.empty() ? "" : ", ") + std::to_string(item.number) + item.sub;
    if (!without.empty()) warnings.push_back("items without any text under their heading: " + without);
    if (items.size() < 3) return;
    std::vector<std::size_t> sizes;
    sizes.reserve(items.size());
    for (const auto& item : items) sizes.push_back(content_lines(item));
    std::vector<std::size_t> sorted = sizes;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(sorted.size() / 2), sorted.end());
    const std::size_t median = std::max<std::size_t>(1, sorted[sorted.size() / 2]);
    for (std::size_t i = 0; i < items.size(); ++i)
        if (sizes[i] >= long_item_lines && sizes[i] > long_item_factor * median)
            warnings.push_back("line " + std::to_string(items[i].line) + ": item " + std::to_string(items[i].number) +
                               items[i].sub + " is " + std::to_string(sizes[i]) + " lines long, the median item " +
                               std::to_string(median) + ": a heading after it may have been missed");
}

bool has_decision_sections(const std::vector<schema::AgendaItem>& items) {
    return std::any_of(items.begin(), items.end(), [](const schema::AgendaItem& item) {
        return std::any_of(item.sections.begin(), item.sections.end(), [](const schema::Section& s) {
            return s.name == schema::section::beslutning || s.name == schema::section::konklusion;
        });
    });
}

}  // namespace

MinutesParser::MinutesParser()
    : patterns_(LayoutPatterns::load()),
      bodies_(BodyDirectory::load()),
      committees_(CommitteeDirectory::load()),
      forums_(ForumDirectory::load()) {}

schema::Minutes MinutesParser::parse(std::string_view utf8, const std::string& source, ParseTrace* trace) const {
    const std::string text = schema::normalize_nfc(utf8);
    LineClassifier classifier(patterns_);
    std::vector<ClassifiedLine> lines = classifier.classify(cleaner_.clean_lines(text));
    ItemChain chain = choose_item_chain(lines);
    // No heading at all: an export that lost them; the repeating sections separate the items.
    const bool headings_lost = chain.headings.empty() && !(chain = chain_from_section_cycles(lines)).headings.empty();
    if (trace) trace->family = chain.family;

    try {
        check_structure(lines, chain, source);
    } catch (...) {
        if (trace) trace->lines = std::move(lines);
        throw;
    }

    TitleParser titles(patterns_.title);
    ItemBuilder builder(titles);
    schema::Minutes minutes;
    minutes.items = builder.build(lines, chain);

    std::string full_text;
    for (const auto& line : lines)
        if (line.content()) full_text += line.line.text + "\n";
    std::vector<std::string> warnings;
    if (headings_lost)
        warnings.push_back("no item headings: " + std::to_string(chain.headings.size()) +
                           " items split where the sections start again, numbered in order");
    HeaderReader header(patterns_, bodies_, committees_, forums_, dates_);
    minutes.meeting = header.read(lines, chain.headings.front(), full_text,
                                  has_decision_sections(minutes.items), warnings);
    minutes.meeting.source = source;
    if (minutes.meeting.forum_inferred)
        warnings.push_back("the forum \"" + minutes.meeting.forum + "\" is inferred from the text, not named");
    warn_about_items(minutes.items, warnings);
    minutes.warnings = warnings;
    if (trace) {
        trace->lines = std::move(lines);
        trace->warnings = std::move(warnings);
    }
    return minutes;
}

}  // namespace rs::indexer
