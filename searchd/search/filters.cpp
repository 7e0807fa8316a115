#include "searchd/search/filters.hpp"

#include "schema/facet_values.hpp"
#include "schema/iso_date.hpp"
#include "searchd/search/search_service.hpp"

namespace rs::search {

std::string request_date(const std::string& date, const char* parameter) {
    if (!schema::is_calendar_date(date))
        throw InvalidRequest(parameter, "expected a date as YYYY-MM-DD, got \"" + date + "\"");
    return schema::date_slot_value(date);
}

Filters Filters::from_request(const SearchRequest& request) {
    Filters filters;
    for (const auto& [name, values] : request.filters)
        if (!schema::find_facet(name)) throw InvalidRequest(name, "unknown facet \"" + name + "\"");

    for (const auto& facet : schema::facets) {
        auto it = request.filters.find(facet.name);
        if (it == request.filters.end()) continue;
        Selection selection{&facet, {}, {}, {}};
        for (const auto& value : it->second) {
            if (value.empty()) continue;
            selection.values.push_back(value);
            selection.terms.push_back(schema::filter_term(facet, value));
        }
        if (selection.terms.empty()) continue;
        selection.query = Xapian::Query(Xapian::Query::OP_OR, selection.terms.begin(), selection.terms.end());
        filters.selections_.push_back(std::move(selection));
    }

    const std::string from = request.from.empty() ? "" : request_date(request.from, "from");
    const std::string to = request.to.empty() ? "" : request_date(request.to, "to");
    if (!from.empty() && !to.empty() && to < from)
        throw InvalidRequest("to", "the date range ends (" + request.to + ") before it starts (" + request.from + ")");
    if (!from.empty() && !to.empty())
        filters.date_range_ = Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::slot_date, from, to);
    else if (!from.empty())
        filters.date_range_ = Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::slot_date, from);
    else if (!to.empty())
        filters.date_range_ = Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::slot_date, to);
    return filters;
}

Xapian::Query Filters::apply(const Xapian::Query& base, const schema::Facet* except) const {
    std::vector<Xapian::Query> parts;
    for (const auto& selection : selections_)
        if (selection.facet != except) parts.push_back(selection.query);
    if (!date_range_.empty()) parts.push_back(date_range_);
    if (parts.empty()) return base;
    // OP_FILTER: the filters select, only `base` contributes to the weight.
    return Xapian::Query(Xapian::Query::OP_FILTER, base, Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end()));
}

Xapian::Query Filters::apply_date_range(const Xapian::Query& base) const {
    if (date_range_.empty()) return base;
    return Xapian::Query(Xapian::Query::OP_FILTER, base, date_range_);
}

std::vector<FacetSelection> Filters::facet_selections() const {
    std::vector<FacetSelection> out;
    for (const auto& selection : selections_) out.push_back({selection.facet, selection.terms});
    return out;
}

std::vector<const schema::Facet*> Filters::selected_facets() const {
    std::vector<const schema::Facet*> facets;
    for (const auto& selection : selections_) facets.push_back(selection.facet);
    return facets;
}

const std::vector<std::string>& Filters::selected(const schema::Facet& facet) const {
    static const std::vector<std::string> none;
    for (const auto& selection : selections_)
        if (selection.facet == &facet) return selection.values;
    return none;
}

}  // namespace rs::search
