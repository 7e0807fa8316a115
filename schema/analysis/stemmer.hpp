#pragma once
// The stemmer of the analysis chain. Xapian::Stem is not thread-safe to share (its
// reference count is not atomic): call make_stemmer per thread or per request.

#include <xapian.h>

namespace rs::schema::analysis {

/// A fresh Danish stemmer, the one the index was built with: Snowball's Danish, except
/// for the words of schema/data/protected_stems.tsv, which keep the stem given there.
Xapian::Stem make_stemmer();

}  // namespace rs::schema::analysis
