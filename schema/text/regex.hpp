#pragma once
// A compiled ICU regular expression for the patterns kept as data in schema/data/.
// ICU rather than std::regex: Unicode classes (\p{Lu}), case-insensitive Danish
// letters (Æ/æ) and named groups.
//
// A Regex is immutable: its compiled pattern is shared by every copy and all its members
// are const, so one table of patterns serves every parser thread at once. The state of a
// search lives in a Match on the caller's stack. An ICU matcher holds that state and
// cannot be shared, but making one per search was too slow (matching is a third of
// indexing time): each pattern keeps a small pool of matchers (matcher_pool.hpp), a Match
// borrows one and gives it back when it is destroyed, and the steady state allocates
// nothing. ICU itself shares a pattern between matchers this way (uregex_clone).

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include <unicode/regex.h>
#include <unicode/unistr.h>

namespace rs::schema {

/// UTF-8 → ICU string.
icu::UnicodeString to_unicode(std::string_view utf8);
/// ICU string → UTF-8.
std::string to_utf8(const icu::UnicodeString& text);

namespace detail {
class CompiledPattern;  // what copies of a Regex share (regex.cpp)
class MatcherPool;      // the matchers of one pattern (matcher_pool.hpp)
struct MatcherSlot;     // one of them and the text it searches
}  // namespace detail

/// The outcome of one Regex::find: false if nothing was found, else the match's groups and
/// offsets. A value on the caller's stack, movable but not copyable, since it holds the
/// matcher it borrowed until it is destroyed. Readable only while the searched text lives
/// unchanged (ICU reads it in place) and while its Regex, or a copy of it, lives: like an
/// iterator, a Match must not outlive what it came from. One Match is for one thread.
class Match {
public:
    /// Takes over `other`'s matcher; `other` is left an empty Match (false).
    Match(Match&& other) noexcept;
    /// Gives back this Match's matcher and takes over `other`'s.
    Match& operator=(Match&& other) noexcept;
    Match(const Match&) = delete;
    Match& operator=(const Match&) = delete;
    /// Gives the matcher back to its pattern's pool.
    ~Match();

    /// True if the pattern was found.
    explicit operator bool() const { return found_; }
    /// The named group as UTF-8, "" if it did not take part, does not exist or nothing was found.
    std::string group(std::string_view name) const;
    /// Numbered group `number` (0: the whole match) as UTF-8, "" if it did not take part.
    std::string group(int number) const;
    /// UTF-16 offset of the match in the searched text, -1 if nothing was found.
    int32_t start() const;
    /// UTF-16 offset just past the match, -1 if nothing was found.
    int32_t end() const;

private:
    friend class Regex;
    Match(const detail::MatcherPool* pool, detail::MatcherSlot* slot) noexcept : pool_(pool), slot_(slot) {}
    void give_back() noexcept;

    const detail::MatcherPool* pool_ = nullptr;  // where the matcher goes back to
    detail::MatcherSlot* slot_ = nullptr;        // held by this Match until it is destroyed
    bool found_ = false;
};

class Regex {
public:
    /// Compiles `pattern`; throws std::invalid_argument naming the pattern and the ICU error.
    explicit Regex(std::string_view pattern, bool case_insensitive = true);
    /// Copies share the compiled pattern and its matchers: copying costs a reference count.
    /// A moved-from Regex may only be assigned to or destroyed.
    Regex(const Regex&) = default;
    Regex(Regex&&) noexcept = default;
    Regex& operator=(const Regex&) = default;
    Regex& operator=(Regex&&) noexcept = default;
    /// The compiled pattern goes when its last copy does.
    ~Regex();

    /// Searches `text` from UTF-16 offset `start`. ICU reads `text` in place, uncopied
    /// (copying every line for every pattern was most of the parser's time): the Match is
    /// readable only while `text` lives unchanged.
    Match find(const icu::UnicodeString& text, int32_t start = 0) const;
    /// Refused: the Match would read a temporary that is gone by the time it is looked at.
    Match find(icu::UnicodeString&& text, int32_t start = 0) const = delete;
    /// UTF-8 find, for callers that do not hold ICU strings; the Match keeps the converted text.
    Match find(std::string_view utf8) const;
    /// True if the pattern declares the named group.
    bool has_group(std::string_view name) const;
    /// `text` with every match replaced by `replacement` ($1, ${name} refer to groups).
    icu::UnicodeString replace_all(const icu::UnicodeString& text, std::string_view replacement) const;
    /// The pattern as written.
    const std::string& source() const;
    /// The compiled ICU pattern, one for this Regex and all its copies.
    const icu::RegexPattern& pattern() const;

private:
    Match search(detail::MatcherSlot* slot, const icu::UnicodeString& text, int32_t start) const;

    std::shared_ptr<const detail::CompiledPattern> compiled_;
};

}  // namespace rs::schema
