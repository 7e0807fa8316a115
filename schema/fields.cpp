#include "schema/fields.hpp"

#include "schema/text/unicode.hpp"

namespace rs::schema {

const Facet* find_facet(std::string_view name) {
    for (const auto& facet : facets)
        if (facet.name == name) return &facet;
    return nullptr;
}

std::string filter_term(const Facet& facet, std::string_view value) {
    return std::string(facet.prefix) + to_lower(value);
}

}  // namespace rs::schema
