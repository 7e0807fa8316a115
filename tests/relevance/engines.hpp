#pragma once
// The engines the collection compares, over the same items: Referatsøg as searchd runs it,
// and plain Xapian as anyone would set it up (Danish stemmer, default OR, one unprefixed
// text per item, BM25 defaults; no field weights, splitting, synonyms or stop words).

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace rs::relevance {

/// Something that ranks item ids for a query.
class Engine {
public:
    virtual ~Engine() = default;
    /// The name in reports.
    virtual std::string name() const = 0;
    /// The ids of the best `k` items for `query`, best first; empty if it finds none or
    /// refuses the query.
    virtual std::vector<std::string> rank(const std::string& query, std::size_t k) = 0;
};

/// The test items: every minutes file of corpus/ and tests/fixtures/layouts/ indexed by
/// `indexer build` into `dir`/referatsog.
std::filesystem::path build_referatsog_index(const std::filesystem::path& dir);

/// Referatsøg's search service over the index at `index`.
std::unique_ptr<Engine> make_referatsog_engine(const std::filesystem::path& index);

/// Plain Xapian over the same items as the Referatsøg index at `index` (read back from its
/// stored records), built into `dir`.
std::unique_ptr<Engine> make_baseline_engine(const std::filesystem::path& index, const std::filesystem::path& dir);

}  // namespace rs::relevance
