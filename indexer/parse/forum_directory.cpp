#include "indexer/parse/forum_directory.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>

#include "schema/text/unicode.hpp"
#include "schema/text/word_search.hpp"
#include "schema/vocabulary/data_table.hpp"

namespace rs::indexer {

namespace {
// An inferred forum needs this much evidence, and twice as much as any other forum.
constexpr double inference_threshold = 4.0;
constexpr double inference_margin = 2.0;
}  // namespace

ForumDirectory ForumDirectory::load() {
    ForumDirectory directory;
    for (const auto& row : schema::load_data_table("forums.tsv", 1)) {
        directory.aliases_.push_back({schema::to_lower(row.at(0)), row.at(0)});
        for (const auto& alias : row.list(1)) directory.aliases_.push_back({schema::to_lower(alias), row.at(0)});
    }
    std::stable_sort(directory.aliases_.begin(), directory.aliases_.end(),
                     [](const Alias& a, const Alias& b) { return a.lower.size() > b.lower.size(); });
    for (const auto& row : schema::load_data_table("forum_evidence.tsv", 3)) {
        try {
            directory.evidence_.push_back({row.at(0), std::stod(row.at(1)), schema::Regex(row.at(2))});
        } catch (const std::exception& e) {
            throw schema::DataError(row.where() + ": " + e.what());
        }
    }
    return directory;
}

std::string ForumDirectory::find_in_line(std::string_view line) const {
    const std::string lower = schema::to_lower(line);
    std::string forum;
    std::size_t best = std::string::npos;
    for (const auto& alias : aliases_) {
        // Abbreviations ("FSN", "PN") count only in capitals: "pn" in running text is no forum.
        std::size_t pos;
        if (alias.lower.size() <= 3) {
            std::string upper;
            for (char c : alias.lower) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            pos = schema::find_word(line, upper);
        } else {
            pos = schema::find_word(lower, alias.lower);
        }
        if (pos != std::string::npos && pos < best) best = pos, forum = alias.forum;
    }
    return forum;
}

std::string ForumDirectory::infer(std::string_view text) const {
    std::map<std::string, double> scores;
    const icu::UnicodeString utext = schema::to_unicode(text);
    for (const auto& evidence : evidence_) {
        int32_t from = 0;
        while (const auto match = evidence.regex.find(utext, from)) {
            scores[evidence.forum] += evidence.weight;
            from = match.end();
            if (from <= match.start()) ++from;
        }
    }
    std::string best;
    double best_score = 0, runner_up = 0;
    for (const auto& [forum, score] : scores) {
        if (score > best_score) runner_up = best_score, best_score = score, best = forum;
        else runner_up = std::max(runner_up, score);
    }
    if (best_score < inference_threshold || best_score < inference_margin * runner_up) return {};
    return best;
}

}  // namespace rs::indexer
