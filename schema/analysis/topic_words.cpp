#include "schema/analysis/topic_words.hpp"

#include <map>

#include "schema/analysis/stemmer.hpp"
#include "schema/analysis/stop_words.hpp"
#include "schema/text/unicode.hpp"
#include "schema/text/words.hpp"
#include "schema/vocabulary/data_table.hpp"

namespace rs::schema::analysis {

namespace {

using StemIndex = std::map<std::string, std::vector<std::string>, std::less<>>;

// Every topic name's words by stem, each naming the topics that hold it.
StemIndex load_index() {
    const Xapian::Stem stemmer = make_stemmer();
    StemIndex index;
    for (const auto& row : load_data_table("topics.tsv", 2)) {
        const std::string& topic = row.at(0);
        for_each_piece(topic, [&](const TextPiece& piece) {
            if (!piece.is_word) return;
            const std::string word = to_lower(piece.text);
            if (is_stop_word(word)) return;
            auto& topics = index[stemmer(word)];
            if (topics.empty() || topics.back() != topic) topics.push_back(topic);
        });
    }
    return index;
}

}  // namespace

std::vector<std::string> topics_named_by(std::string_view lowercase_word) {
    static const StemIndex index = load_index();
    if (is_stop_word(lowercase_word)) return {};
    const auto it = index.find(make_stemmer()(std::string(lowercase_word)));
    return it == index.end() ? std::vector<std::string>{} : it->second;
}

}  // namespace rs::schema::analysis
