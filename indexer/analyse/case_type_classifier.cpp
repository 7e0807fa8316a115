#include "indexer/analyse/case_type_classifier.hpp"

#include <algorithm>
#include <stdexcept>

#include "schema/vocabulary/data_table.hpp"

namespace rs::indexer {

CaseTypeClassifier CaseTypeClassifier::load() {
    CaseTypeClassifier classifier;
    try {
        for (const auto& row : schema::load_data_table("case_types.tsv", 2))
            classifier.verb_rules_.push_back({row.at(0), schema::Regex(row.at(1))});
        for (const auto& row : schema::load_data_table("procedural.tsv", 2))
            classifier.procedural_.emplace_back(row.at(1));
    } catch (const std::invalid_argument& e) {
        throw schema::DataError(std::string("case_types.tsv/procedural.tsv: ") + e.what());
    }
    return classifier;
}

bool CaseTypeClassifier::is_procedural(const std::string& title) const {
    return std::any_of(procedural_.begin(), procedural_.end(),
                       [&](const schema::Regex& r) { return static_cast<bool>(r.find(title)); });
}

void CaseTypeClassifier::classify(schema::AgendaItem& item) const {
    item.procedural = is_procedural(item.title);
    if (!item.type.empty()) return;
    if (item.procedural) {
        item.type = schema::case_type::procedural;
        return;
    }
    auto indstilling = std::find_if(item.sections.begin(), item.sections.end(), [](const schema::Section& s) {
        return s.name == schema::section::indstilling;
    });
    if (indstilling == item.sections.end()) return;
    for (const auto& rule : verb_rules_)
        if (rule.regex.find(indstilling->text)) {
            item.type = rule.type;
            return;
        }
}

}  // namespace rs::indexer
