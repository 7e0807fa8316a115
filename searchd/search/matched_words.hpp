#pragma once
// Which words of an item a query matched, as a reader would mark them: the words whose
// form or Danish stem the query holds, and the words a right-truncation (demens*) covers.

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "schema/model.hpp"

namespace rs::search {

/// The distinct words of `item` (title and sections), lowercased, that `query_text`
/// matches when parsed for highlighting against `db`; empty for a blank or unreadable query.
std::vector<std::string> matched_words(const Xapian::Database& db, const schema::AgendaItem& item,
                                       std::string_view query_text);

}  // namespace rs::search
