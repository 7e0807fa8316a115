#pragma once
// Meeting + AgendaItem → Xapian::Document, following the layout in schema/fields.hpp.

#include <stdexcept>
#include <string>

#include <xapian.h>

#include "schema/analysis/analyzer.hpp"
#include "schema/model.hpp"

namespace rs::indexer {

/// An item that must not be indexed (a closed item).
class NotIndexable : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/// The id an item is indexed under: its own id, or schema::item_id if the parser left it empty.
std::string indexed_id(const schema::Meeting& meeting, const schema::AgendaItem& item);

/// The unique term of the item with `id` ("Q" + id).
std::string id_term(const std::string& id);

/// The term grouping all items of `meeting` (XMEETING + lowercased meeting key).
std::string meeting_term(const schema::Meeting& meeting);

/// The term naming the file `source` (XSOURCE + file name, case kept: names are case-sensitive).
std::string source_term(const std::string& source);

/// Builds documents; holds one TermGenerator, so one builder per thread.
class DocumentBuilder {
public:
    DocumentBuilder();

    /// The document for `item` of `meeting`: terms, values and stored data.
    /// Throws NotIndexable for a closed item.
    Xapian::Document build(const schema::Meeting& meeting, const schema::AgendaItem& item);

private:
    // The item's text and meeting facts into the document the analyser was started on.
    void index_text(const schema::Meeting& meeting, const schema::AgendaItem& item);
    void add_facets(Xapian::Document& doc, const schema::Meeting& meeting, const schema::AgendaItem& item);

    schema::analysis::Analyzer analyzer_;
};

}  // namespace rs::indexer
