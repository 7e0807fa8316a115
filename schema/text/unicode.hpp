#pragma once
// Unicode helpers on UTF-8 strings, all through ICU: one place that knows encodings.

#include <string>
#include <string_view>

namespace rs::schema {

/// True if `bytes` is well-formed UTF-8.
bool is_valid_utf8(std::string_view bytes);

/// `bytes` as UTF-8: kept if already valid UTF-8 (a BOM is dropped), otherwise decoded
/// as windows-1252, the superset of printable Latin-1 that Danish archives use.
std::string to_utf8(std::string_view bytes);

/// NFC-normalised text: a decomposed "å" becomes the one code point Xapian indexes.
std::string normalize_nfc(std::string_view utf8);

/// Full Unicode lowercasing (Danish rules).
std::string to_lower(std::string_view utf8);

/// Lowercase ASCII-only slug for URLs: æ→ae, ø→oe, å→aa, other letters folded to
/// ASCII, every run of other characters one "-", no leading or trailing "-".
std::string slug(std::string_view utf8);

}  // namespace rs::schema
