#include "schema/document_data.hpp"

#include <nlohmann/json.hpp>

#include "schema/record_json.hpp"

namespace rs::schema {

std::string document_data(const Meeting& meeting, const AgendaItem& item) {
    // replace, not throw: one stray byte must not keep an item out of the index.
    return nlohmann::json{{"meeting", to_json(meeting)}, {"item", to_json(item)}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

StoredItem parse_document_data(std::string_view data) {
    try {
        const auto json = nlohmann::json::parse(data);
        return {meeting_from_json(json.at("meeting")), item_from_json(json.at("item"))};
    } catch (const nlohmann::json::exception& e) {
        throw CorruptDocument(std::string("stored item data is unreadable: ") + e.what());
    }
}

}  // namespace rs::schema
