#include "schema/text/regex.hpp"

#include <stdexcept>
#include <utility>

#include <unicode/ustring.h>

#include "schema/text/matcher_pool.hpp"

namespace rs::schema {

icu::UnicodeString to_unicode(std::string_view utf8) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

namespace detail {

/// What copies of a Regex share: the pattern as written, compiled, and its matchers.
class CompiledPattern {
public:
    CompiledPattern(std::string_view source, bool case_insensitive)
        : source_(source), pattern_(compile(source_, case_insensitive)), pool_(*pattern_) {
        try {
            pool_.give_back(pool_.borrow());  // one matcher ready, and ICU's refusal reported here
        } catch (const std::runtime_error& e) {
            throw std::invalid_argument("cannot match /" + source_ + "/: " + e.what());
        }
    }

    const std::string& source() const { return source_; }
    const icu::RegexPattern& pattern() const { return *pattern_; }
    const MatcherPool& pool() const { return pool_; }

private:
    static std::unique_ptr<const icu::RegexPattern> compile(const std::string& source, bool case_insensitive) {
        UErrorCode status = U_ZERO_ERROR;
        UParseError parse_error{};
        const uint32_t flags = case_insensitive ? UREGEX_CASE_INSENSITIVE : 0;
        std::unique_ptr<const icu::RegexPattern> pattern(
            icu::RegexPattern::compile(to_unicode(source), flags, parse_error, status));
        if (U_FAILURE(status))
            throw std::invalid_argument("bad pattern /" + source + "/: " + u_errorName(status) + " at offset " +
                                        std::to_string(parse_error.offset));
        return pattern;
    }

    std::string source_;
    std::unique_ptr<const icu::RegexPattern> pattern_;  // immutable once compiled: read by every matcher
    MatcherPool pool_;                                  // declared after pattern_: gone before it
};

namespace {

// `utf8` into `out`, reusing its buffer: what UnicodeString::fromUTF8 does (U+FFFD for
// bytes that are no UTF-8), without a new allocation for every search.
void assign_utf8(icu::UnicodeString& out, std::string_view utf8) {
    const auto length = static_cast<int32_t>(utf8.size());  // UTF-16 is never longer than UTF-8
    char16_t* buffer = out.getBuffer(length + 1);
    if (!buffer) {  // a bogus string (after a failed allocation) gives no buffer
        out = to_unicode(utf8);
        return;
    }
    int32_t written = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(buffer, out.getCapacity(), &written, utf8.data(), length, 0xFFFD, nullptr, &status);
    out.releaseBuffer(U_SUCCESS(status) ? written : 0);
}

}  // namespace
}  // namespace detail

Match::Match(Match&& other) noexcept
    : pool_(other.pool_), slot_(std::exchange(other.slot_, nullptr)), found_(std::exchange(other.found_, false)) {}

Match& Match::operator=(Match&& other) noexcept {
    if (this != &other) {
        give_back();
        pool_ = other.pool_;
        slot_ = std::exchange(other.slot_, nullptr);
        found_ = std::exchange(other.found_, false);
    }
    return *this;
}

Match::~Match() { give_back(); }

void Match::give_back() noexcept {
    if (slot_) pool_->give_back(std::exchange(slot_, nullptr));
    found_ = false;
}

std::string Match::group(std::string_view name) const {
    if (!found_) return {};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t number = slot_->matcher->pattern().groupNumberFromName(to_unicode(name), status);
    if (U_FAILURE(status)) return {};
    return group(number);
}

std::string Match::group(int number) const {
    if (!found_ || number < 0 || number > slot_->matcher->groupCount()) return {};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t begin = slot_->matcher->start(number, status);
    if (U_FAILURE(status) || begin < 0) return {};
    return to_utf8(slot_->matcher->group(number, status));
}

int32_t Match::start() const {
    if (!found_) return -1;
    UErrorCode status = U_ZERO_ERROR;
    return slot_->matcher->start(status);
}

int32_t Match::end() const {
    if (!found_) return -1;
    UErrorCode status = U_ZERO_ERROR;
    return slot_->matcher->end(status);
}

Regex::Regex(std::string_view pattern, bool case_insensitive)
    : compiled_(std::make_shared<const detail::CompiledPattern>(pattern, case_insensitive)) {}

Regex::~Regex() = default;

Match Regex::search(detail::MatcherSlot* slot, const icu::UnicodeString& text, int32_t start) const {
    Match match(&compiled_->pool(), slot);  // from here the slot goes back however this ends
    slot->matcher->reset(text);             // not copied: ICU reads the caller's string (see the header)
    UErrorCode status = U_ZERO_ERROR;
    const bool found = slot->matcher->find(start, status);
    match.found_ = U_SUCCESS(status) && found;
    return match;
}

Match Regex::find(const icu::UnicodeString& text, int32_t start) const {
    return search(compiled_->pool().borrow(), text, start);
}

Match Regex::find(std::string_view utf8) const {
    detail::MatcherSlot* slot = compiled_->pool().borrow();
    detail::assign_utf8(slot->input, utf8);  // kept alive in the slot, since the caller holds no ICU string
    return search(slot, slot->input, 0);
}

bool Regex::has_group(std::string_view name) const {
    UErrorCode status = U_ZERO_ERROR;
    compiled_->pattern().groupNumberFromName(to_unicode(name), status);
    return U_SUCCESS(status);
}

icu::UnicodeString Regex::replace_all(const icu::UnicodeString& text, std::string_view replacement) const {
    const Match lease(&compiled_->pool(), compiled_->pool().borrow());
    lease.slot_->matcher->reset(text);
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = lease.slot_->matcher->replaceAll(to_unicode(replacement), status);
    if (U_FAILURE(status)) return text;
    return out;
}

const std::string& Regex::source() const { return compiled_->source(); }

const icu::RegexPattern& Regex::pattern() const { return compiled_->pattern(); }

}  // namespace rs::schema
