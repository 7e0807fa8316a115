#pragma once
// The first link of the analysis chain: text as both the indexer and the parser see it.

#include <string>
#include <string_view>

namespace rs::schema::analysis {

/// `utf8` ready for tokenising, indexed text and query text alike: NFC-normalised, so a
/// decomposed "å" (a + U+030A) gives the same term as the precomposed one.
std::string normalize_text(std::string_view utf8);

}  // namespace rs::schema::analysis
