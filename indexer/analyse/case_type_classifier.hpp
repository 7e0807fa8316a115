#pragma once
// The case type (sagstype) of an item, and whether it is procedural. A title prefix or
// suffix has already named the type (title_parser.cpp); else a procedural title
// (procedural.tsv) makes it a procedurepunkt; else the verbs of the Indstilling decide
// (case_types.tsv: "godkender" → beslutningssag, "drøfter" → drøftelsessag, "tager … til
// efterretning" → orienteringssag).

#include <string>
#include <vector>

#include "schema/model.hpp"
#include "schema/text/regex.hpp"

namespace rs::indexer {

class CaseTypeClassifier {
public:
    /// Loads case_types.tsv and procedural.tsv; throws schema::DataError.
    static CaseTypeClassifier load();

    /// True if the title is one of a procedural item (Velkomst, Eventuelt, Mødeplan …).
    bool is_procedural(const std::string& title) const;
    /// Sets item.procedural, and item.type when the title did not name one.
    void classify(schema::AgendaItem& item) const;

private:
    struct TypeRule {
        std::string type;
        schema::Regex regex;
    };
    std::vector<TypeRule> verb_rules_;
    std::vector<schema::Regex> procedural_;
};

}  // namespace rs::indexer
