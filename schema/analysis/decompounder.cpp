#include "schema/analysis/decompounder.hpp"

#include <algorithm>
#include <fstream>
#include <mutex>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include <hunspell.hxx>

#include "schema/text/unicode.hpp"

namespace rs::schema::analysis {

namespace {

/// A part must be a word that stands alone in the minutes' language, not a fragment:
/// hunspell accepts some two- and three-letter stems that make nonsense splits.
constexpr std::size_t shortest_hunspell_word = 4;

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

struct Decompounder::Lists {
    std::unordered_set<std::string> full_forms;
    std::unique_ptr<Hunspell> hunspell;
    std::unordered_map<std::string, bool> known;  ///< Answers given, so each is asked once.
    std::unordered_map<std::string, std::vector<std::string>> parts;
};

Decompounder::Decompounder(const WordLists& lists) : lists_(std::make_unique<Lists>()) {
    std::ifstream in(lists.full_forms);
    if (!in) throw std::runtime_error("cannot read the word list " + lists.full_forms + " (Debian package wdanish)");
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lists_->full_forms.insert(to_lower(line));
    if (!std::ifstream(lists.hunspell_aff) || !std::ifstream(lists.hunspell_dic))
        throw std::runtime_error("cannot read the hunspell dictionary " + lists.hunspell_dic +
                                 " (Debian package hunspell-da)");
    lists_->hunspell = std::make_unique<Hunspell>(lists.hunspell_aff.c_str(), lists.hunspell_dic.c_str());
}

Decompounder::~Decompounder() = default;

bool Decompounder::is_word(const std::string& word) {
    if (word.size() < shortest_part) return false;
    if (lists_->full_forms.contains(word)) return true;
    if (word.size() < shortest_hunspell_word) return false;
    const auto cached = lists_->known.find(word);
    if (cached != lists_->known.end()) return cached->second;
    const bool accepted = lists_->hunspell->spell(word);
    lists_->known.emplace(word, accepted);
    return accepted;
}

const std::vector<std::string>& Decompounder::parts(const std::string& word) {
    const auto cached = lists_->parts.find(word);
    if (cached != lists_->parts.end()) return cached->second;
    if (lists_->parts.size() >= max_remembered) lists_->parts.clear();
    if (lists_->known.size() >= max_remembered) lists_->known.clear();
    std::vector<std::string> found;
    // A word of the full-form list is lexicalised (indstillingen, orientering): split only
    // into two listed words of some length (tvangs|indlæggelser), or "ind" and "ring" would
    // come out of ordinary words. An unlisted word is a new compound: hunspell may vouch.
    const bool listed = lists_->full_forms.contains(word);
    const auto part_ok = [&](const std::string& part) {
        return listed ? part.size() >= shortest_listed_part && lists_->full_forms.contains(part) : is_word(part);
    };
    if (word.size() >= shortest_compound) {
        for (std::size_t cut = shortest_part; cut + shortest_part <= word.size(); ++cut) {
            if (is_continuation(static_cast<unsigned char>(word[cut]))) continue;  // inside a letter
            const std::string head = word.substr(cut);
            if (!part_ok(head)) continue;
            std::string modifier = word.substr(0, cut);
            // The linking -s- or -e- (hoftebrud-s-forløb) belongs to neither part; a
            // genitive the dictionary knows ("hoftebruds") is that same linking letter.
            if (modifier.size() > shortest_part && (modifier.back() == 's' || modifier.back() == 'e')) {
                std::string bare = modifier.substr(0, modifier.size() - 1);
                if (part_ok(bare)) modifier = std::move(bare);
            }
            if (!part_ok(modifier)) continue;
            found.push_back(head);
            found.push_back(modifier);
        }
    }
    std::sort(found.begin(), found.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return lists_->parts.emplace(word, std::move(found)).first->second;
}

std::vector<CompoundSplit> compound_splits(const std::string& word, const std::vector<std::string>& parts) {
    const auto is_part = [&](std::string_view part) {
        return std::find(parts.begin(), parts.end(), part) != parts.end();
    };
    std::vector<CompoundSplit> splits;
    for (const auto& head : parts) {  // longest first
        if (head.size() >= word.size() || !word.ends_with(head)) continue;
        const std::string_view modifier(word.data(), word.size() - head.size());
        if (is_part(modifier)) {
            splits.push_back({std::string(modifier), head});
        } else if (modifier.size() > Decompounder::shortest_part && (modifier.back() == 's' || modifier.back() == 'e') &&
                   is_part(modifier.substr(0, modifier.size() - 1))) {
            splits.push_back({std::string(modifier.substr(0, modifier.size() - 1)), head});
        }
    }
    return splits;
}

namespace {
// The process's Decompounder, loaded on first use, with the lock every use holds.
struct Shared {
    std::mutex mutex;
    Decompounder decompounder;
};
Shared& shared() {
    static Shared instance;
    return instance;
}
}  // namespace

std::vector<std::string> compound_parts(const std::string& lowercase_word) {
    Shared& process = shared();
    const std::lock_guard lock(process.mutex);
    return process.decompounder.parts(lowercase_word);
}

bool is_danish_word(const std::string& lowercase_word) {
    Shared& process = shared();
    const std::lock_guard lock(process.mutex);
    return process.decompounder.is_danish_word(lowercase_word);
}

}  // namespace rs::schema::analysis
