#pragma once
// The query side's stop words (schema/data/stopwords.tsv): words a query need not match.

#include <string_view>

#include <xapian.h>

namespace rs::schema::analysis {

/// The stop words as a Xapian stopper, loaded once; shared read-only by every parser
/// (never released to a parser's reference count, so no thread touches a count).
const Xapian::Stopper& stopper();

/// True if `lowercase_word` is a stop word.
bool is_stop_word(std::string_view lowercase_word);

}  // namespace rs::schema::analysis
