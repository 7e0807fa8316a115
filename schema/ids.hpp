#pragma once
// Stable, readable, URL-safe ids: the same meeting and item get the same id whichever
// file (agenda or minutes) they were read from and however often they are re-indexed.

#include <string>

#include "schema/model.hpp"

namespace rs::schema {

/// "sundhedsklynge-lillebaelt/fagligt-strategisk-niveau/2024-03-01": one meeting.
/// The first segment is the cluster, or the body when it is no cluster; unknown parts read
/// "ukendt" so that the key still has three segments.
std::string meeting_key(const Meeting& meeting);

/// meeting_key + "/" + number + sub ("…/2024-03-01/4", "…/2024-03-01/2a").
std::string item_id(const Meeting& meeting, const AgendaItem& item);

}  // namespace rs::schema
