#pragma once
// The taxonomy (schema/data/topics.tsv) as a thesaurus: a query word that names a topic
// ("telemedicin" in "digitalisering og telemedicin") also finds the items tagged with it.
// The tagger's patterns know the subject's other words (videokonsultation, e-læring), so
// such an item is on the subject the word names even where the word itself is absent.

#include <string>
#include <string_view>
#include <vector>

namespace rs::schema::analysis {

/// The topics whose name holds `lowercase_word` as one of its words, compared by stem
/// ("økonomi" names "økonomi og klyngemidler"); stop words name none. In taxonomy order.
/// Throws DataError for a malformed data file.
std::vector<std::string> topics_named_by(std::string_view lowercase_word);

}  // namespace rs::schema::analysis
