#pragma once
// Whole-word, case-insensitive phrase search in UTF-8 text: how the vocabularies (bodies,
// forums, regions, projects) find their aliases. Both sides are lowercased with ICU;
// a match must not touch a letter or digit on either side ("Region Nord" is not found in
// "Region Nordjylland").

#include <cstddef>
#include <string>
#include <string_view>

namespace rs::schema {

/// Byte offset of the first whole-word occurrence of `needle_lower` in `haystack_lower`
/// at or after `from`, or std::string::npos. Both must already be lowercased.
std::size_t find_word(std::string_view haystack_lower, std::string_view needle_lower, std::size_t from = 0);

/// Number of whole-word occurrences.
std::size_t count_words(std::string_view haystack_lower, std::string_view needle_lower);

}  // namespace rs::schema
