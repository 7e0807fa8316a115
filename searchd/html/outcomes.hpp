#pragma once
// How the pages tell decision outcomes apart: each outcome of the vocabulary
// (schema/data/decisions.tsv) gets a fixed colour class by its place in the vocabulary,
// so a timeline, its legend and every page colour "godkendt" alike.

#include <string>
#include <string_view>
#include <vector>

namespace rs::html {

/// The outcomes of the vocabulary, each once, in vocabulary order.
const std::vector<std::string>& outcome_order();

/// "outcome-N": N the outcome's 1-based place in outcome_order(); "outcome-0" for "" (no
/// decision) and for an outcome the vocabulary does not know.
std::string outcome_class(std::string_view outcome);

/// The outcome a mark shows for an item with `outcomes` (vocabulary order, as indexed): the
/// first; "" when there is none.
std::string leading_outcome(const std::vector<std::string>& outcomes);

}  // namespace rs::html
