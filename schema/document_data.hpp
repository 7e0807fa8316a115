#pragma once
// The data stored with every indexed item: what searchd hands back without re-reading
// any file. One format, written by the indexer and read by searchd.

#include <stdexcept>
#include <string>
#include <string_view>

#include "schema/model.hpp"

namespace rs::schema {

/// An item as stored in the index, with its meeting.
struct StoredItem {
    Meeting meeting;
    AgendaItem item;
};

/// Compact JSON {"meeting": to_json(meeting), "item": to_json(item)}.
std::string document_data(const Meeting& meeting, const AgendaItem& item);

/// Stored data that is not what document_data wrote: the index is damaged or foreign.
class CorruptDocument : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Inverse of document_data. Throws CorruptDocument if `data` is not such JSON.
StoredItem parse_document_data(std::string_view data);

}  // namespace rs::schema
