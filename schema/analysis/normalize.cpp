#include "schema/analysis/normalize.hpp"

#include "schema/text/unicode.hpp"

namespace rs::schema::analysis {

std::string normalize_text(std::string_view utf8) { return normalize_nfc(utf8); }

}  // namespace rs::schema::analysis
