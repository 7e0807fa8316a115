#include "schema/document_terms.hpp"

namespace rs::schema {

std::string prefixed_term(const Xapian::Document& doc, std::string_view prefix) {
    auto it = doc.termlist_begin();
    it.skip_to(std::string(prefix));
    if (it == doc.termlist_end()) return "";
    std::string term = *it;
    return term.compare(0, prefix.size(), prefix) == 0 ? term : "";
}

}  // namespace rs::schema
