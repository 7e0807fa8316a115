#pragma once
// Names the forum (level) a body met in, from forums.tsv; when the header does not name
// it, infers it from words that betray it (forum_evidence.tsv: mayors mean the political
// level).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/text/regex.hpp"

namespace rs::indexer {

class ForumDirectory {
public:
    /// Loads forums.tsv and forum_evidence.tsv; throws schema::DataError naming file and line.
    static ForumDirectory load();

    /// The canonical forum first named in `line`, or "".
    std::string find_in_line(std::string_view line) const;
    /// The forum the words of `text` point to, or "" when the evidence is weak or split.
    std::string infer(std::string_view text) const;

private:
    struct Alias {
        std::string lower;
        std::string forum;
    };
    struct Evidence {
        std::string forum;
        double weight;
        schema::Regex regex;
    };
    std::vector<Alias> aliases_;  // longest first
    std::vector<Evidence> evidence_;
};

}  // namespace rs::indexer
