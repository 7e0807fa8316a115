#pragma once
// The query side of the analysis chain: parsers configured exactly like the indexer.

#include <string_view>

#include <xapian.h>

#include "schema/analysis/analysis.hpp"

namespace rs::schema::analysis {

/// A QueryParser over `db` with the chain's stemmer and strategy, AND as default
/// operator, the wildcard limit, and one prefix per text field ("titel:", "beslutning:" …).
/// `db` is used for wildcard expansion and must outlive the parser's use.
Xapian::QueryParser make_query_parser(const Xapian::Database& db, Xapian::Query::op default_op = explicit_operator);

/// Like make_query_parser, but every field name maps to the unprefixed terms: parsing the
/// same text gives the words to highlight in a snippet, which Xapian matches unprefixed.
Xapian::QueryParser make_highlight_parser(const Xapian::Database& db,
                                          Xapian::Query::op default_op = explicit_operator);

/// `text` through the chain's text links (normalize_text) and then `parser` with `flags`
/// (analysis.hpp's query_flags for user queries). Throws Xapian::QueryParserError.
Xapian::Query parse_query(Xapian::QueryParser& parser, std::string_view text, unsigned flags);

}  // namespace rs::schema::analysis
