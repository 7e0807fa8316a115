#pragma once
// The boolean side of a request: facet selections (OR within one facet, AND across
// facets) and the date range. Built from filter terms directly, never through the
// QueryParser, so any value a user can pick is matched exactly.

#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "schema/fields.hpp"
#include "searchd/search/facet_counter.hpp"
#include "searchd/search/search_request.hpp"

namespace rs::search {

/// The selections of one request, ready to restrict any query.
class Filters {
public:
    /// Reads `request`'s filters, from and to. Throws InvalidRequest for an unknown facet
    /// or a date that is not "YYYY-MM-DD", or `to` before `from`.
    static Filters from_request(const SearchRequest& request);

    /// True when nothing is selected and no date bound is set.
    bool empty() const { return selections_.empty() && date_range_.empty(); }

    /// `base` restricted by every selection and the date range; the selection of
    /// `except` is left out (the counts of a facet ignore the facet's own selection).
    Xapian::Query apply(const Xapian::Query& base, const schema::Facet* except = nullptr) const;

    /// `base` restricted by the date range only: the candidates of a one-pass facet count,
    /// which applies the selections itself (FacetTally).
    Xapian::Query apply_date_range(const Xapian::Query& base) const;

    /// Every selection as the filter terms a document must have one of, in schema order.
    std::vector<FacetSelection> facet_selections() const;

    /// Facets with at least one selected value, in schema order.
    std::vector<const schema::Facet*> selected_facets() const;

    /// The values selected for `facet`, as the request spelled them; empty if none.
    const std::vector<std::string>& selected(const schema::Facet& facet) const;

private:
    struct Selection {
        const schema::Facet* facet;
        std::vector<std::string> values;
        std::vector<std::string> terms;  ///< The values' filter terms.
        Xapian::Query query;             ///< OR of the terms.
    };
    std::vector<Selection> selections_;  ///< In schema order.
    Xapian::Query date_range_;           ///< OP_VALUE_RANGE/GE/LE on slot_date, or empty.
};

/// "YYYYMMDD" for a request date "YYYY-MM-DD" (month 01–12, day 01–31); throws
/// InvalidRequest(`parameter`) otherwise.
std::string request_date(const std::string& date, const char* parameter);

}  // namespace rs::search
