#include "schema/text/regex.hpp"

#include <stdexcept>

namespace rs::schema {

icu::UnicodeString to_unicode(std::string_view utf8) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

Regex::Regex(std::string_view pattern, bool case_insensitive)
    : source_(pattern), case_insensitive_(case_insensitive) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error{};
    uint32_t flags = case_insensitive ? UREGEX_CASE_INSENSITIVE : 0;
    pattern_.reset(icu::RegexPattern::compile(to_unicode(pattern), flags, parse_error, status));
    if (U_FAILURE(status))
        throw std::invalid_argument("bad pattern /" + source_ + "/: " + u_errorName(status) +
                                    " at offset " + std::to_string(parse_error.offset));
    matcher_.reset(pattern_->matcher(status));
    if (U_FAILURE(status)) throw std::invalid_argument("cannot match /" + source_ + "/");
}

Regex::Regex(const Regex& other) : Regex(other.source_, other.case_insensitive_) {}

Regex::Regex(Regex&& other) noexcept = default;

Regex::~Regex() = default;

bool Regex::find(const icu::UnicodeString& text, int32_t start) {
    matcher_->reset(text);  // not copied: ICU reads the caller's string (see the header)
    UErrorCode status = U_ZERO_ERROR;
    bool found = matcher_->find(start, status);
    return U_SUCCESS(status) && found;
}

bool Regex::find(std::string_view utf8) {
    input_ = to_unicode(utf8);  // kept alive here, since the caller holds no ICU string
    return find(input_);
}

bool Regex::has_group(std::string_view name) const {
    UErrorCode status = U_ZERO_ERROR;
    pattern_->groupNumberFromName(to_unicode(name), status);
    return U_SUCCESS(status);
}

std::string Regex::group(std::string_view name) const {
    UErrorCode status = U_ZERO_ERROR;
    int32_t number = pattern_->groupNumberFromName(to_unicode(name), status);
    if (U_FAILURE(status)) return {};
    int32_t begin = matcher_->start(number, status);
    if (U_FAILURE(status) || begin < 0) return {};
    return to_utf8(matcher_->group(number, status));
}

std::string Regex::group(int number) const {
    UErrorCode status = U_ZERO_ERROR;
    if (number > matcher_->groupCount()) return {};
    int32_t begin = matcher_->start(number, status);
    if (U_FAILURE(status) || begin < 0) return {};
    return to_utf8(matcher_->group(number, status));
}

int32_t Regex::start() const {
    UErrorCode status = U_ZERO_ERROR;
    return matcher_->start(status);
}

int32_t Regex::end() const {
    UErrorCode status = U_ZERO_ERROR;
    return matcher_->end(status);
}

icu::UnicodeString Regex::replace_all(const icu::UnicodeString& text, std::string_view replacement) {
    matcher_->reset(text);
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = matcher_->replaceAll(to_unicode(replacement), status);
    if (U_FAILURE(status)) return text;
    return out;
}

}  // namespace rs::schema
