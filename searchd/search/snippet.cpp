#include "searchd/search/snippet.hpp"

#include <array>
#include <cctype>

namespace rs::search {

namespace sec = schema::section;

namespace {
// Where the decision is, first: what a user of a decision archive reads the hit for.
constexpr std::array<const char*, 7> tie_order{sec::beslutning, sec::konklusion,       sec::resume, sec::indstilling,
                                               sec::sagsfremstilling, sec::tekst, sec::bilag};

std::size_t tie_rank(const std::string& name) {
    for (std::size_t i = 0; i < tie_order.size(); ++i)
        if (name == tie_order[i]) return i;
    return tie_order.size();
}

std::size_t count_marks(const std::string& html) {
    std::size_t count = 0;
    for (auto at = html.find("<mark>"); at != std::string::npos; at = html.find("<mark>", at + 1)) ++count;
    return count;
}

// The section shown when nothing matches: the decision, else the summary, else the first.
const schema::Section* default_section(const schema::AgendaItem& item) {
    for (const char* name : {sec::beslutning, sec::konklusion, sec::resume})
        for (const auto& section : item.sections)
            if (section.name == name && !collapse_whitespace(section.text).empty()) return &section;
    for (const auto& section : item.sections)
        if (!collapse_whitespace(section.text).empty()) return &section;
    return nullptr;
}
}  // namespace

std::string plain_excerpt(std::string_view text, std::size_t bytes) {
    if (text.size() <= bytes) return html_escape(text);
    std::size_t cut = text.rfind(' ', bytes);
    if (cut == std::string_view::npos || cut == 0) {
        cut = bytes;  // one very long word: cut on a UTF-8 character boundary
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    return html_escape(text.substr(0, cut)) + "…";
}

std::string make_snippet(const schema::AgendaItem& item, const Highlighter* highlight) {
    if (highlight) {
        std::string best;
        std::size_t best_marks = 0;
        std::size_t best_rank = tie_order.size() + 1;
        for (const auto& section : item.sections) {
            const std::string text = collapse_whitespace(section.text);
            if (text.empty()) continue;
            std::string html = (*highlight)(text);
            const std::size_t marks = count_marks(html);
            const std::size_t rank = tie_rank(section.name);
            if (marks > best_marks || (marks == best_marks && marks > 0 && rank < best_rank)) {
                best = std::move(html);
                best_marks = marks;
                best_rank = rank;
            }
        }
        if (best_marks > 0) return best;
    }
    const schema::Section* section = default_section(item);
    return section ? plain_excerpt(collapse_whitespace(section->text), snippet_bytes) : std::string();
}

}  // namespace rs::search
