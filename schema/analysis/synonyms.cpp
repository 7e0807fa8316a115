#include "schema/analysis/synonyms.hpp"

#include <map>
#include <set>

#include "schema/analysis/normalize.hpp"
#include "schema/analysis/stemmer.hpp"
#include "schema/fields.hpp"
#include "schema/text/unicode.hpp"
#include "schema/text/words.hpp"
#include "schema/vocabulary/data_table.hpp"

namespace rs::schema::analysis {

namespace {

// The words of `text` as the term generator would see them: normalised, lowercased.
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    for_each_piece(normalize_text(text), [&](const TextPiece& piece) {
        if (piece.is_word) words.push_back(to_lower(piece.text));
    });
    return words;
}

std::string stem_term(const Xapian::Stem& stem, const std::string& word) {
    std::string term("Z");
    term += stem(word);
    return term;
}

// `term` (a word or "Z" + its stem) as the term generator writes it under `prefix`.
std::string in_field(std::string_view prefix, const std::string& term) {
    if (term.starts_with('Z')) return std::string("Z").append(prefix).append(term, 1);
    return std::string(prefix).append(term);
}

}  // namespace

const std::vector<SynonymGroup>& synonym_groups() {
    static const std::vector<SynonymGroup> groups = [] {
        std::vector<SynonymGroup> out;
        for (const auto& row : load_data_table("synonyms.tsv", 2)) {
            auto members = row.list(1);
            if (members.size() < 2) throw DataError(row.where() + ": a synonym row needs at least two members");
            out.push_back({row.at(0), std::move(members)});
        }
        return out;
    }();
    return groups;
}

std::vector<std::pair<std::string, std::vector<std::string>>> synonym_entries() {
    const Xapian::Stem stem = make_stemmer();
    std::map<std::string, std::set<std::string>> entries;
    for (const auto& group : synonym_groups()) {
        std::vector<std::vector<std::string>> members;
        for (const auto& member : group.members) members.push_back(words_of(member));
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (members[i].empty()) continue;
            std::vector<std::string> keys;
            if (members[i].size() == 1) {
                keys = {members[i][0], stem_term(stem, members[i][0])};
            } else {
                std::string phrase;
                for (const auto& word : members[i]) phrase += (phrase.empty() ? "" : " ") + word;
                keys = {phrase};
            }
            for (std::size_t j = 0; j < members.size(); ++j) {
                if (j == i || members[j].size() != 1) continue;
                for (const auto& key : keys) {
                    entries[key].insert(members[j][0]);
                    entries[key].insert(stem_term(stem, members[j][0]));
                }
            }
        }
    }
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    for (auto& [key, values] : entries) {
        values.erase(key);
        if (values.empty()) continue;
        out.emplace_back(key, std::vector<std::string>(values.begin(), values.end()));
        // Xapian looks a fielded word up by its prefixed term (beslutning:hoftefraktur by
        // "XBESLhoftefraktur"), and its synonyms must stay in that field.
        if (key.find(' ') != std::string::npos) continue;
        for (const auto& field : text_fields) {
            std::vector<std::string> fielded;
            for (const auto& value : values) fielded.push_back(in_field(field.prefix, value));
            out.emplace_back(in_field(field.prefix, key), std::move(fielded));
        }
    }
    return out;
}

const std::map<std::string, std::vector<std::vector<std::string>>, std::less<>>& phrase_expansions() {
    static const auto expansions = [] {
        std::map<std::string, std::vector<std::vector<std::string>>, std::less<>> made;
        for (const auto& group : synonym_groups()) {
            std::vector<std::vector<std::string>> members;
            for (const auto& member : group.members) members.push_back(words_of(member));
            for (const auto& key : members) {
                if (key.size() != 1) continue;
                for (const auto& phrase : members)
                    if (phrase.size() > 1) made[key[0]].push_back(phrase);
            }
        }
        return made;
    }();
    return expansions;
}

void write_synonyms(Xapian::WritableDatabase& db) {
    std::vector<std::string> old_keys;
    for (auto it = db.synonym_keys_begin(); it != db.synonym_keys_end(); ++it) old_keys.push_back(*it);
    for (const auto& key : old_keys) db.clear_synonyms(key);
    for (const auto& [key, values] : synonym_entries())
        for (const auto& value : values) db.add_synonym(key, value);
}

}  // namespace rs::schema::analysis
