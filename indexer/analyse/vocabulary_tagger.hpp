#pragma once
// Tags items with the entries of a vocabulary (topics.tsv, projects.tsv): an entry applies
// when one of its aliases (whole words) or patterns occurs in the title, or occurs in the
// text at least `min_text_mentions` times.

#include <string>
#include <string_view>
#include <vector>

#include "schema/model.hpp"
#include "schema/text/regex.hpp"

namespace rs::indexer {

class VocabularyTagger {
public:
    /// Loads `file` with rows: name, aliases (" | "-list, may be "-"), pattern (optional).
    /// `pattern_column` and `alias_column` say where they stand (-1: absent).
    static VocabularyTagger load(const std::string& file, int alias_column, int pattern_column,
                                 std::size_t min_text_mentions);

    /// The names that apply to `item`, in vocabulary order.
    std::vector<std::string> tag(const schema::AgendaItem& item) const;
    /// The names whose aliases or patterns occur in the title alone.
    std::vector<std::string> tag_title(const schema::AgendaItem& item) const;

private:
    struct Entry {
        std::string name;
        std::vector<std::string> aliases_lower;
        std::vector<schema::Regex> patterns;
    };
    /// Occurrences of the entry in the lowercased `text_lower`, counted up to `enough`.
    static std::size_t mentions(const Entry& entry, const std::string& text_lower, std::size_t enough);

    std::vector<Entry> entries_;
    std::size_t min_text_mentions_ = 1;
};

}  // namespace rs::indexer
