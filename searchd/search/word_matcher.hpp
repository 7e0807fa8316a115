#pragma once
// Which words of a text a query matches, as a reader would mark them: the words whose form
// or Danish stem the query holds, the words a right-truncation (demens*) covers, and the
// compounds a query word is the head or modifier of (forløb in hoftebrudsforløb). Built
// once per query; the permalink page marks what it says, and snippets add the compounds,
// which Xapian's own snippets do not mark.

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "schema/model.hpp"

namespace rs::search {

class WordMatcher {
public:
    /// The words of `highlight` (a TextQuery's highlight query) and the truncations of
    /// `query_text` (as typed).
    WordMatcher(const Xapian::Query& highlight, std::string_view query_text);

    /// True if the query matches `lowercase_word` in any of the ways above.
    bool matches(const std::string& lowercase_word) const;
    /// True if the query matches `lowercase_word` only as a compound holding one of its
    /// words: the match the index makes through compound parts.
    bool matches_as_compound(const std::string& lowercase_word) const;
    /// True when the query has nothing to match.
    bool empty() const { return terms_.empty() && prefixes_.empty(); }

    /// The distinct words of `item` (title and sections), lowercased, that the query matches.
    std::vector<std::string> words_in(const schema::AgendaItem& item) const;
    /// The distinct words of `item` that it matches only as compounds.
    std::vector<std::string> compounds_in(const schema::AgendaItem& item) const;

    /// Shortest query word marked as the head or modifier of a longer word, in bytes.
    static constexpr std::size_t min_part_bytes = 4;

private:
    bool matches_itself(const std::string& lowercase_word) const;

    std::set<std::string, std::less<>> terms_;
    std::vector<std::string> prefixes_;
    std::vector<std::string> parts_;
    Xapian::Stem stemmer_;
};

}  // namespace rs::search
