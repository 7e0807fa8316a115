#include "searchd/search/suggester.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "schema/document_data.hpp"
#include "schema/fields.hpp"
#include "schema/multi_value.hpp"
#include "schema/text/unicode.hpp"
#include "schema/text/words.hpp"

namespace rs::search {

namespace {

/// How many of each kind one answer holds at most, before the overall limit.
constexpr std::size_t names_per_facet = 3;
constexpr std::size_t titles = 3;
/// Index terms read at most while completing one word: enough for a two-letter prefix in
/// a large index to find its frequent words, bounded so a request stays cheap.
constexpr std::size_t word_scan_limit = 5'000;
constexpr Xapian::termcount title_wildcard_expansion = 50;

struct Typed {
    std::string head;  ///< Everything before the last word, as typed.
    std::string last;  ///< The last word, lowercased; "" if the text ends in a gap.
};

Typed split_last_word(std::string_view text) {
    std::vector<schema::TextPiece> pieces;
    schema::for_each_piece(text, [&](const schema::TextPiece& piece) { pieces.push_back(piece); });
    Typed typed;
    if (pieces.empty() || !pieces.back().is_word) return typed;
    typed.last = schema::to_lower(pieces.back().text);
    typed.head = std::string(text.substr(0, text.size() - pieces.back().text.size()));
    return typed;
}

// Display names of `facet` values starting with `typed_lower`, most items first.
std::vector<std::string> facet_names(const Xapian::Database& db, const schema::Facet& facet,
                                     const std::string& typed_lower) {
    const std::string start = std::string(facet.prefix) + typed_lower;
    std::vector<std::pair<Xapian::doccount, std::string>> found;
    for (auto it = db.allterms_begin(start); it != db.allterms_end(start); ++it) {
        const std::string value_lower = (*it).substr(facet.prefix.size());
        // The spelling shown is the one stored in the slot of a document that has it.
        auto posting = db.postlist_begin(*it);
        if (posting == db.postlist_end(*it)) continue;
        const std::string slot = db.get_document(*posting).get_value(facet.slot);
        for (const auto value : schema::split_values(slot))
            if (schema::to_lower(value) == value_lower) {
                found.emplace_back(it.get_termfreq(), std::string(value));
                break;
            }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> names;
    names.reserve(found.size());
    for (auto& [count, name] : found) names.push_back(std::move(name));
    return names;
}

// Indexed words starting with `last`, most frequent first (the word itself included).
std::vector<std::string> completing_words(const Xapian::Database& db, const std::string& last) {
    std::vector<std::pair<Xapian::doccount, std::string>> found;
    std::size_t scanned = 0;
    for (auto it = db.allterms_begin(last); it != db.allterms_end(last) && scanned < word_scan_limit; ++it, ++scanned)
        found.emplace_back(it.get_termfreq(), *it);
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> words;
    words.reserve(found.size());
    for (auto& [count, word] : found) words.push_back(std::move(word));
    return words;
}

// Titles of the items whose title has a word starting with `last`, best match first.
std::vector<std::string> matching_titles(const Xapian::Database& db, const std::string& last) {
    const Xapian::Query query(Xapian::Query::OP_WILDCARD, std::string(schema::text_fields[0].prefix) + last,
                              title_wildcard_expansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(titles * 4));
    std::vector<std::string> out;
    for (auto it = mset.begin(); it != mset.end(); ++it)
        out.push_back(schema::parse_document_data(it.get_document().get_data()).item.title);
    return out;
}

}  // namespace

std::vector<Suggestion> suggest(const Xapian::Database& db, const SuggestRequest& request) {
    const Typed typed = split_last_word(request.prefix);
    if (typed.last.size() < 2) return {};

    std::vector<Suggestion> out;
    std::set<std::string> seen;  // lowercased, so "Demens" and "demens" are one completion
    const auto add = [&](std::string text, SuggestionKind kind) {
        if (out.size() >= request.limit || text.empty()) return;
        if (seen.insert(schema::to_lower(text)).second) out.push_back({std::move(text), kind});
    };

    const std::string typed_lower = schema::to_lower(request.prefix);
    for (const auto& [facet_name, kind] : {std::pair{"project", SuggestionKind::project},
                                           std::pair{"topic", SuggestionKind::topic}}) {
        const auto names = facet_names(db, *schema::find_facet(facet_name), typed_lower);
        for (std::size_t i = 0; i < names.size() && i < names_per_facet; ++i) add(names[i], kind);
    }
    const auto words = completing_words(db, typed.last);
    const auto title_list = matching_titles(db, typed.last);
    // Words first (they complete what is being typed), titles fill the rest, but keep room
    // for a few titles: they are what a person recognises.
    const std::size_t room_for_titles = std::min(titles, title_list.size());
    for (const auto& word : words) {
        if (out.size() + room_for_titles >= request.limit) break;
        add(typed.head + word, SuggestionKind::word);
    }
    for (const auto& title : title_list) add(title, SuggestionKind::title);
    for (const auto& word : words) add(typed.head + word, SuggestionKind::word);
    return out;
}

}  // namespace rs::search
