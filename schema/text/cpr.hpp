#pragma once
// Danish CPR numbers (personal identity numbers) never enter the index, the stored text, a
// page or a log: they are replaced before anything reads the text. A CPR number is six
// digits that make a valid date (ddmmåå), then four digits, written together, with a hyphen
// or with a space: 010203-1234, 0102031234, 010203 1234.

#include <cstddef>
#include <string>
#include <string_view>

namespace rs::schema {

/// What a CPR number is replaced by.
inline constexpr std::string_view cpr_placeholder = "[CPR-nummer]";

/// Replaces every CPR number in `text` (UTF-8) by cpr_placeholder; returns how many.
std::size_t redact_cpr(std::string& text);

/// True if `text` holds a CPR number.
bool contains_cpr(std::string_view text);

}  // namespace rs::schema
