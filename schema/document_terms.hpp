#pragma once
// Reading our own terms back from a stored Xapian document, for the indexer (which item
// did this document come from?) and searchd (which meeting is it part of?) alike.

#include <string>
#include <string_view>

#include <xapian.h>

namespace rs::schema {

/// The term with `prefix` in `doc` (each of our boolean prefixes occurs at most once per
/// document), or "" if none.
std::string prefixed_term(const Xapian::Document& doc, std::string_view prefix);

}  // namespace rs::schema
