#pragma once
// Which part of the model feeds which facet and value slot: the other half of the index
// layout in fields.hpp, kept here so that the indexer and the tests read it from one place.

#include <string>
#include <string_view>
#include <vector>

#include "schema/fields.hpp"
#include "schema/model.hpp"

namespace rs::schema {

/// The display values `item` of `meeting` has for `facet`: empty values dropped, repeated
/// values (compared lowercased, as filter terms are) kept once, in model order.
std::vector<std::string> facet_values(const Facet& facet, const Meeting& meeting, const AgendaItem& item);

/// "YYYYMMDD" for an ISO date "YYYY-MM-DD", "" if `iso_date` is not one.
std::string date_slot_value(std::string_view iso_date);

/// "YYYY" of an ISO date, "" if `iso_date` is not one.
std::string year_of(std::string_view iso_date);

}  // namespace rs::schema
