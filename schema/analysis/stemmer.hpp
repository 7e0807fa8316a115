#pragma once
// The stemmer of the analysis chain. Xapian::Stem is not thread-safe to share (its
// reference count is not atomic): call make_stemmer per thread or per request.

#include <xapian.h>

namespace rs::schema::analysis {

/// A fresh Danish stemmer, the one the index was built with.
Xapian::Stem make_stemmer();

}  // namespace rs::schema::analysis
