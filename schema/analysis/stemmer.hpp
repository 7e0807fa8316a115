#pragma once
// The stemmer of the analysis chain. Xapian::Stem is not thread-safe to share (its
// reference count is not atomic): call make_stemmer per thread or per request.

#include <cstddef>

#include <xapian.h>

namespace rs::schema::analysis {

/// A fresh Danish stemmer, the one the index was built with: Snowball's Danish, except
/// for the words of schema/data/protected_stems.tsv, which keep the stem given there.
Xapian::Stem make_stemmer();

/// make_stemmer's stems, each word stemmed once and remembered: for one request on one
/// thread that stems every word of every hit it shows (snippets, compound marks), where the
/// same words come again and again. At most max_cached_stems words are kept.
Xapian::Stem make_caching_stemmer();
inline constexpr std::size_t max_cached_stems = 20'000;

}  // namespace rs::schema::analysis
