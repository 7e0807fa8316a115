#pragma once
// Some layouts write the Beslutning first and then, without a heading, the case's
// background, with the Indstilling last (Sundhedsklynge Vest does). Left as it is, the
// background would count as decision text. When an item has its Beslutning before its
// Indstilling and no Sagsfremstilling, the leading paragraphs that state outcomes stay the
// decision and the rest becomes the Sagsfremstilling.

#include "indexer/analyse/decision_classifier.hpp"
#include "schema/model.hpp"

namespace rs::indexer {

/// Applies the rule above to `item`; does nothing to items of other layouts.
void separate_decision_from_background(schema::AgendaItem& item, const DecisionClassifier& decisions);

}  // namespace rs::indexer
