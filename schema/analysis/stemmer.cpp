#include "schema/analysis/stemmer.hpp"

#include "schema/analysis/analysis.hpp"

namespace rs::schema::analysis {

Xapian::Stem make_stemmer() { return Xapian::Stem(stemmer_language); }

}  // namespace rs::schema::analysis
