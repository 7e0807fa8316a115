#pragma once
// Meetings and items as JSON: the one mapping used for the stored document data, the
// output of `indexer parse`, and the base of the API's item rendering. Field names are
// the API's (docs/API.md) and stay stable.

#include <nlohmann/json_fwd.hpp>

#include "schema/model.hpp"

namespace rs::schema {

/// {"cluster", "region", "forum", "forum_inferred", "date", "time", "end_time", "place", "kind", "title", "source"}
nlohmann::json to_json(const Meeting& meeting);
/// {"id", "number", "sub", "title", "title_prefix", "time_slot", "case_number", "type", "procedural",
///  "closed", "decisions", "topics", "projects", "line", "sections": [{"name", "heading", "text"}]}
nlohmann::json to_json(const AgendaItem& item);
/// {"meeting": ..., "items": [...]}
nlohmann::json to_json(const Minutes& minutes);

/// Inverse of to_json(Meeting); missing fields stay empty. Throws nlohmann::json::exception on wrong types.
Meeting meeting_from_json(const nlohmann::json& json);
/// Inverse of to_json(AgendaItem).
AgendaItem item_from_json(const nlohmann::json& json);

}  // namespace rs::schema
