#pragma once
// A compiled ICU regular expression for the patterns kept as data in schema/data/.
// ICU rather than std::regex: Unicode classes (\p{Lu}), case-insensitive Danish
// letters (Æ/æ) and named groups. A Regex owns one matcher and is therefore not
// thread-safe: every parser instance holds its own.

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

class Regex {
public:
    /// Compiles `pattern`; throws std::invalid_argument naming the pattern and the ICU error.
    explicit Regex(std::string_view pattern, bool case_insensitive = true);
    Regex(const Regex& other);
    /// Moving is for building tables; the last match is not readable after a move.
    Regex(Regex&& other) noexcept;
    Regex& operator=(const Regex&) = delete;
    ~Regex();

    /// Searches `text` from UTF-16 offset `start`. The match stays readable until the next
    /// call, and only while `text` lives unchanged: ICU reads it in place, uncopied (copying
    /// every line for every pattern was most of the parser's time).
    bool find(const icu::UnicodeString& text, int32_t start = 0);
    /// UTF-8 find, for callers that do not hold ICU strings.
    bool find(std::string_view utf8);
    /// The named group of the last match as UTF-8, "" if it did not take part or does not exist.
    std::string group(std::string_view name) const;
    /// Numbered group `number` of the last match as UTF-8, "" if it did not take part.
    std::string group(int number) const;
    /// True if the pattern declares the named group.
    bool has_group(std::string_view name) const;
    /// UTF-16 offsets of the last match.
    int32_t start() const;
    int32_t end() const;
    /// `text` with every match replaced by `replacement` ($1, ${name} refer to groups).
    icu::UnicodeString replace_all(const icu::UnicodeString& text, std::string_view replacement);
    /// The pattern as written.
    const std::string& source() const { return source_; }

private:
    std::string source_;
    bool case_insensitive_;
    std::unique_ptr<icu::RegexPattern> pattern_;
    std::unique_ptr<icu::RegexMatcher> matcher_;
    icu::UnicodeString input_;  // the text of find(std::string_view), which the matcher reads
};

}  // namespace rs::schema
