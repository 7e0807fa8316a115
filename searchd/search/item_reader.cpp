#include "searchd/search/item_reader.hpp"

#include <algorithm>
#include <string>
#include <tuple>

#include "schema/document_data.hpp"
#include "schema/document_terms.hpp"
#include "schema/fields.hpp"

namespace rs::search {

std::optional<ItemDetail> read_item(const Xapian::Database& db, std::string_view id) {
    if (id.empty()) return std::nullopt;
    const std::string id_term = schema::boolean_term(schema::id_prefix, id);
    auto posting = db.postlist_begin(id_term);
    if (posting == db.postlist_end(id_term)) return std::nullopt;
    const Xapian::Document doc = db.get_document(*posting);
    schema::StoredItem stored = schema::parse_document_data(doc.get_data());

    ItemDetail detail{std::move(stored.meeting), std::move(stored.item), {}};
    // The meeting term as indexed, rather than recomputed from the stored meeting.
    const std::string meeting_term = schema::prefixed_term(doc, schema::meeting_prefix);
    if (!meeting_term.empty())
        for (auto it = db.postlist_begin(meeting_term); it != db.postlist_end(meeting_term); ++it) {
            const schema::StoredItem other = schema::parse_document_data(db.get_document(*it).get_data());
            detail.meeting_items.push_back({other.item.id, other.item.number, other.item.sub, other.item.title});
        }
    std::sort(detail.meeting_items.begin(), detail.meeting_items.end(), [](const ItemRef& a, const ItemRef& b) {
        return std::tie(a.number, a.sub, a.id) < std::tie(b.number, b.sub, b.id);
    });
    return detail;
}

}  // namespace rs::search
