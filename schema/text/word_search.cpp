#include "schema/text/word_search.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace rs::schema {

namespace {

bool is_word_char(UChar32 c) { return c >= 0 && (u_isalnum(c) || c == '_'); }

UChar32 code_point_before(std::string_view text, std::size_t pos) {
    if (pos == 0) return -1;
    int32_t i = static_cast<int32_t>(pos);
    UChar32 c;
    U8_PREV(text.data(), 0, i, c);
    return c;
}

UChar32 code_point_at(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return -1;
    int32_t i = static_cast<int32_t>(pos);
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    return c;
}

}  // namespace

std::size_t find_word(std::string_view haystack, std::string_view needle, std::size_t from) {
    if (needle.empty()) return std::string::npos;
    while (true) {
        std::size_t pos = haystack.find(needle, from);
        if (pos == std::string_view::npos) return std::string::npos;
        // The needle's own edges decide whether a boundary is needed: "KTH" needs one,
        // "(LKT)" brings its own.
        const bool need_left = is_word_char(code_point_at(needle, 0));
        const bool need_right = is_word_char(code_point_before(needle, needle.size()));
        const bool left_ok = !need_left || !is_word_char(code_point_before(haystack, pos));
        const bool right_ok = !need_right || !is_word_char(code_point_at(haystack, pos + needle.size()));
        if (left_ok && right_ok) return pos;
        from = pos + 1;
    }
}

std::size_t count_words(std::string_view haystack, std::string_view needle) {
    std::size_t count = 0;
    for (std::size_t pos = find_word(haystack, needle); pos != std::string::npos;
         pos = find_word(haystack, needle, pos + needle.size()))
        ++count;
    return count;
}

}  // namespace rs::schema
