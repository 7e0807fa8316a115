#include "searchd/search/item_reader.hpp"

#include <algorithm>
#include <string>
#include <tuple>

#include "schema/decision_text.hpp"
#include "schema/document_data.hpp"
#include "schema/document_terms.hpp"
#include "schema/fields.hpp"
#include "schema/ids.hpp"
#include "schema/text/unicode.hpp"
#include "searchd/search/matched_words.hpp"

namespace rs::search {

namespace {

// Every item filed under `meeting_term`, in agenda order.
std::vector<schema::StoredItem> items_of(const Xapian::Database& db, const std::string& meeting_term) {
    std::vector<schema::StoredItem> items;
    for (auto it = db.postlist_begin(meeting_term); it != db.postlist_end(meeting_term); ++it)
        items.push_back(schema::parse_document_data(db.get_document(*it).get_data()));
    std::sort(items.begin(), items.end(), [](const schema::StoredItem& a, const schema::StoredItem& b) {
        return std::tie(a.item.number, a.item.sub, a.item.id) < std::tie(b.item.number, b.item.sub, b.item.id);
    });
    return items;
}

}  // namespace

Hit read_hit(const Xapian::Document& doc, double relevance) {
    schema::StoredItem stored = schema::parse_document_data(doc.get_data());
    Hit hit{std::move(stored.meeting), std::move(stored.item), "", "", relevance};
    hit.decision_text = schema::decision_text(hit.item);
    return hit;
}

std::optional<ItemDetail> read_item(const Xapian::Database& db, std::string_view id, std::string_view highlight) {
    if (id.empty()) return std::nullopt;
    const std::string id_term = schema::boolean_term(schema::id_prefix, id);
    auto posting = db.postlist_begin(id_term);
    if (posting == db.postlist_end(id_term)) return std::nullopt;
    const Xapian::Document doc = db.get_document(*posting);
    schema::StoredItem stored = schema::parse_document_data(doc.get_data());

    ItemDetail detail{std::move(stored.meeting), std::move(stored.item), "", {}, {}};
    detail.decision_text = schema::decision_text(detail.item);
    // The meeting term as indexed, rather than recomputed from the stored meeting.
    const std::string meeting_term = schema::prefixed_term(doc, schema::meeting_prefix);
    if (!meeting_term.empty())
        for (const auto& other : items_of(db, meeting_term))
            detail.meeting_items.push_back({other.item.id, other.item.number, other.item.sub, other.item.title});
    if (!highlight.empty()) detail.marked_words = matched_words(db, detail.item, highlight);
    return detail;
}

std::optional<MeetingDetail> read_meeting(const Xapian::Database& db, std::string_view key) {
    if (key.empty()) return std::nullopt;
    const std::string term = schema::boolean_term(schema::meeting_prefix, schema::to_lower(key));
    auto items = items_of(db, term);
    if (items.empty()) return std::nullopt;
    MeetingDetail detail;
    detail.meeting = items.front().meeting;
    detail.key = schema::meeting_key(detail.meeting);
    for (auto& stored : items) {
        Hit hit{std::move(stored.meeting), std::move(stored.item), "", "", 0.0};
        hit.decision_text = schema::decision_text(hit.item);
        detail.items.push_back(std::move(hit));
    }
    return detail;
}

}  // namespace rs::search
