#pragma once
// Compound splitting: Danish writes compounds as one word (hoftebrudsforløb,
// lænderygbesvær), so a search for a part (forløb, rygbesvær) finds nothing without it.
// A word is split where both sides are Danish words — the head by the full-form word list
// of wdanish or by hunspell-da's compound rules, the modifier likewise, a linking -s- or
// -e- allowed at its end — and every part so found is indexed beside the whole word.

#include <memory>
#include <string>
#include <vector>

namespace rs::schema::analysis {

/// Where the word lists are; the defaults are Debian's packages.
struct WordLists {
    std::string full_forms = "/usr/share/dict/danish";       ///< wdanish: one word form a line.
    std::string hunspell_aff = "/usr/share/hunspell/da_DK.aff";  ///< hunspell-da.
    std::string hunspell_dic = "/usr/share/hunspell/da_DK.dic";
};

/// Splits compounds; remembers every word it has split. Not thread-safe: one per thread.
class Decompounder {
public:
    /// Loads the word lists. Throws std::runtime_error naming a list that cannot be read.
    explicit Decompounder(const WordLists& lists = {});
    ~Decompounder();
    Decompounder(const Decompounder&) = delete;
    Decompounder& operator=(const Decompounder&) = delete;

    /// The parts of `lowercase_word` (distinct, longest first), empty if it is no compound
    /// or shorter than shortest_compound. "hoftebrudsforløb" → {"brudsforløb", "hoftebrud",
    /// "forløb", "hofte"}: every way to split it in two, so each part a person may type is there.
    const std::vector<std::string>& parts(const std::string& lowercase_word);

    /// True if `lowercase_word` is a Danish word by the lists: a full form of wdanish, or
    /// one of at least 4 bytes that hunspell-da accepts (its compounds included).
    bool is_danish_word(const std::string& lowercase_word) { return is_word(lowercase_word); }

    /// Shortest word tried, in bytes, and shortest part.
    static constexpr std::size_t shortest_compound = 8;
    static constexpr std::size_t shortest_part = 3;
    /// Shortest part of a word that is itself in the full-form list, in bytes.
    static constexpr std::size_t shortest_listed_part = 5;
    /// Most words whose answers are kept: the query side asks about whatever people type,
    /// so the memory is bounded and starts over when full.
    static constexpr std::size_t max_remembered = 100'000;

private:
    bool is_word(const std::string& lowercase_word);

    struct Lists;
    std::unique_ptr<Lists> lists_;
};

/// One reading of a compound: its modifier and its head, the linking letter dropped.
struct CompoundSplit {
    std::string modifier;  ///< hoftebrud
    std::string head;      ///< forløb
    bool operator==(const CompoundSplit&) const = default;
};

/// The two-part readings of `lowercase_word` among `parts` (Decompounder::parts of it),
/// longest head first: "hoftebrudsforløb" → {hofte | brudsforløb}, {hoftebrud | forløb}.
std::vector<CompoundSplit> compound_splits(const std::string& lowercase_word, const std::vector<std::string>& parts);

/// The parts of `lowercase_word` from one Decompounder per process with the default word
/// lists, loaded on first use (≈ 0.2 s) and shared under a lock. Throws std::runtime_error
/// if the word lists cannot be read.
std::vector<std::string> compound_parts(const std::string& lowercase_word);

/// Decompounder::is_danish_word by the same shared Decompounder as compound_parts.
bool is_danish_word(const std::string& lowercase_word);

}  // namespace rs::schema::analysis
