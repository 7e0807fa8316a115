#include "indexer/parse/item_chain.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <string>
#include <unordered_map>

namespace rs::indexer {

namespace {

// Scores. Each item found earns item_reward; an item with nothing in it costs
// empty_item_penalty, so a table of contents (items without content) earns little and
// loses to the real headings further down, while an empty item that continues the
// sequence ("3. Eventuelt" with nothing under it) is still worth keeping.
constexpr double item_reward = 2.5;
constexpr double empty_item_penalty = 2.0;
constexpr double content_bonus = 1.0;
constexpr double section_bonus = 1.5;
constexpr double gap_penalty_per_number = 1.5;
constexpr int max_gap = 3;
// Predecessors looked at per item number: the latest ones. Real minutes repeat a number a
// few times (contents, heading, a numbered recommendation); only a hostile file repeats
// one thousands of times, and it must not make the choice quadratic in its length.
constexpr std::size_t max_predecessors_per_number = 256;
// A candidate inside a table of contents is a contents entry, not an item.
constexpr double contents_penalty = 4.0;
// Text this long is prose, not a contents entry: a table of contents has ended.
constexpr std::size_t prose_length = 120;

/// Prior trust in a heading family: "Punkt 3" says it is an item, a bare "3 Title" barely.
double family_prior(const std::string& family) {
    static const std::map<std::string, double> priors{
        {"punkt", 1.0}, {"ad", 0.2}, {"number_dot", 0.0}, {"number_colon", 0.0},
        {"number_paren", -0.2}, {"number_glued", -0.3}, {"number_bare", -0.5}};
    auto it = priors.find(family);
    return it == priors.end() ? 0.0 : it->second;
}

std::size_t word_count(const std::string& text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        bool space = c == ' ';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

/// Marks the lines of each table of contents: from a contents heading until a section
/// heading, prose, an item number the contents already listed (the agenda restarts), or -
/// when the contents are written with dot leaders - the first line that has none.
std::vector<bool> contents_regions(const std::vector<ClassifiedLine>& lines) {
    std::vector<bool> in_contents(lines.size(), false);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind != LineKind::contents_heading) continue;
        std::map<std::string, bool> listed;
        bool leaders = false;
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            const auto& line = lines[j];
            if (line.kind == LineKind::section_heading || line.kind == LineKind::contents_heading) break;
            if (line.kind == LineKind::contents_entry) leaders = true;
            else if (leaders && line.content()) break;
            if (line.kind == LineKind::text && line.line.text.size() > prose_length) break;
            if (line.kind == LineKind::item_heading) {
                // By number alone: contents and items may be written in different families.
                std::string key = std::to_string(line.item->number) + line.item->sub;
                if (listed[key]) break;
                listed[key] = true;
            }
            in_contents[j] = true;
        }
    }
    return in_contents;
}

/// How much a single candidate line looks like a heading, whatever its neighbours.
double candidate_score(const std::vector<ClassifiedLine>& lines, const std::vector<bool>& in_contents,
                       std::size_t i) {
    const auto& line = lines[i];
    const auto& title = line.item->title;
    double score = family_prior(line.item->family);
    if (line.line.marked_heading()) score += 1.0;
    if (title.rfind("at ", 0) == 0 || title == "at") score -= 3.0;  // a recommendation "1. at …"
    if (title.size() > 180) score -= 2.0;
    if (!title.empty() && title.back() == '.' && word_count(title) > 10) score -= 1.5;  // a sentence
    if (!title.empty() && title.back() == ',') score -= 1.0;
    if (in_contents[i]) score -= contents_penalty;
    if (i == 0 || !lines[i - 1].content()) score += 0.3;
    if (i + 1 >= lines.size() || !lines[i + 1].content() ||
        lines[i + 1].kind == LineKind::section_heading)
        score += 0.3;
    return score;
}

/// Can `next` follow `prev` in an agenda? Returns the transition's penalty, or nullopt.
bool follows(const ItemCandidate& prev, const ItemCandidate& next, double& penalty) {
    penalty = 0;
    if (next.number == prev.number) {
        if (next.sub.empty()) return false;
        if (prev.sub.empty()) return next.sub == "a";
        return next.sub.size() == 1 && prev.sub.size() == 1 && next.sub[0] == prev.sub[0] + 1;
    }
    const int gap = next.number - prev.number;
    if (gap < 1 || gap > max_gap) return false;
    if (!next.sub.empty() && next.sub != "a") return false;
    penalty = gap_penalty_per_number * (gap - 1) + (next.sub.empty() ? 0.0 : 0.5);
    return true;
}

struct Prefix {
    std::vector<int> content;   // content lines before index i
    std::vector<int> sections;  // section headings before index i
    explicit Prefix(const std::vector<ClassifiedLine>& lines)
        : content(lines.size() + 1, 0), sections(lines.size() + 1, 0) {
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const bool candidate = lines[i].kind == LineKind::item_heading;
            content[i + 1] = content[i] + (lines[i].content() && !candidate ? 1 : 0);
            sections[i + 1] = sections[i] + (lines[i].kind == LineKind::section_heading ? 1 : 0);
        }
    }
};

/// Score of an item whose heading is at `from` and whose text runs until `to` (exclusive).
double span_score(const Prefix& prefix, std::size_t from, std::size_t to) {
    const int content = prefix.content[to] - prefix.content[from + 1];
    const int sections = prefix.sections[to] - prefix.sections[from + 1];
    return item_reward + (content > 0 ? content_bonus : -empty_item_penalty) +
           (sections > 0 ? section_bonus : 0.0);
}

ItemChain best_chain_of(const std::vector<ClassifiedLine>& lines, const Prefix& prefix,
                        const std::vector<bool>& in_contents, const std::vector<std::size_t>& candidates,
                        const std::string& family) {
    const std::size_t n = candidates.size();
    // best[k]: best score of a chain ending at candidate k, counting every item but the last's span.
    std::vector<double> best(n);
    std::vector<long> previous(n, -1);
    // Candidates so far by item number: only numbers max_gap below or equal can precede.
    std::unordered_map<int, std::vector<std::size_t>> by_number;
    std::vector<std::size_t> predecessors;
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t line_k = candidates[k];
        const double own = candidate_score(lines, in_contents, line_k);
        best[k] = own;
        const int number = lines[line_k].item->number;
        predecessors.clear();
        for (int before = number - max_gap; before <= number; ++before) {
            const auto found = by_number.find(before);
            if (found == by_number.end()) continue;
            const auto& seen = found->second;
            const std::size_t skip = seen.size() > max_predecessors_per_number ? seen.size() - max_predecessors_per_number : 0;
            predecessors.insert(predecessors.end(), seen.begin() + static_cast<long>(skip), seen.end());
        }
        std::sort(predecessors.begin(), predecessors.end());  // in order: on a tie the later one wins
        by_number[number].push_back(k);
        for (std::size_t j : predecessors) {
            double penalty = 0;
            if (!follows(*lines[candidates[j]].item, *lines[line_k].item, penalty)) continue;
            double score = best[j] + span_score(prefix, candidates[j], line_k) - penalty + own;
            // On a tie the later predecessor wins: contents lists come before the items.
            if (score >= best[k]) {
                best[k] = score;
                previous[k] = static_cast<long>(j);
            }
        }
    }
    ItemChain chain;
    chain.family = family;
    chain.score = -std::numeric_limits<double>::infinity();
    long end = -1;
    for (std::size_t k = 0; k < n; ++k) {
        double total = best[k] + span_score(prefix, candidates[k], lines.size());
        if (total >= chain.score) {  // on a tie, the chain that goes further
            chain.score = total;
            end = static_cast<long>(k);
        }
    }
    for (long k = end; k >= 0; k = previous[static_cast<std::size_t>(k)])
        chain.headings.push_back(candidates[static_cast<std::size_t>(k)]);
    std::reverse(chain.headings.begin(), chain.headings.end());
    return chain;
}

void mark_rejected(std::vector<ClassifiedLine>& lines, const ItemChain& chain) {
    std::size_t next = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (next < chain.headings.size() && chain.headings[next] == i) {
            ++next;
            continue;
        }
        if (lines[i].kind != LineKind::item_heading) continue;
        lines[i].kind = LineKind::text;
        lines[i].note = "looks like a " + lines[i].item->family + " heading but is not in the agenda's sequence";
    }
    // Everything between a contents heading and the first item is the table of contents.
    if (chain.headings.empty()) return;
    bool in_contents = false;
    for (std::size_t i = 0; i < chain.headings.front(); ++i) {
        if (lines[i].kind == LineKind::contents_heading) in_contents = true;
        else if (in_contents && lines[i].kind == LineKind::text) {
            lines[i].kind = LineKind::contents_entry;
            lines[i].note = "in the table of contents";
        }
    }
}

}  // namespace

ItemChain choose_item_chain(std::vector<ClassifiedLine>& lines) {
    std::map<std::string, std::vector<std::size_t>> by_family;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].kind == LineKind::item_heading && lines[i].item)
            by_family[lines[i].item->family].push_back(i);
    const Prefix prefix(lines);
    const std::vector<bool> in_contents = contents_regions(lines);
    ItemChain best;
    best.score = -std::numeric_limits<double>::infinity();
    for (const auto& [family, candidates] : by_family) {
        ItemChain chain = best_chain_of(lines, prefix, in_contents, candidates, family);
        if (chain.score > best.score) best = std::move(chain);
    }
    mark_rejected(lines, best);
    return best;
}

}  // namespace rs::indexer
