// The facet counter searchd uses: counts from FacetColumns, which it builds when it first
// meets a revision of the index and keeps while requests may still read that revision.
#include <algorithm>
#include <array>
#include <mutex>
#include <utility>

#include "searchd/search/facet_columns.hpp"
#include "searchd/search/facet_counter.hpp"
#include "searchd/search/selection_check.hpp"

namespace rs::search {

namespace {

/// Revisions kept: the newest and the one before it, which requests that began before a
/// commit still read.
constexpr std::size_t revisions_kept = 2;

class ColumnFacetTally final : public FacetTally {
public:
    ColumnFacetTally(std::shared_ptr<const FacetColumns> columns, const std::vector<FacetSelection>& selections)
        : columns_(std::move(columns)) {
        for (std::size_t f = 0; f < schema::facets.size(); ++f) {
            const FacetColumn& column = columns_->column(schema::facets[f]);
            counts_[f].assign(column.values().size(), 0);
            selection_of_[f] = SelectionCheck::none;
        }
        for (const auto& selection : selections) {
            // Which ordinals pass: a value passes if its filter term is one the request selected.
            const FacetColumn& column = columns_->column(*selection.facet);
            std::vector<bool> passes(column.values().size(), false);
            for (std::size_t o = 0; o < passes.size(); ++o)
                passes[o] = std::find(selection.terms.begin(), selection.terms.end(),
                                      schema::filter_term(*selection.facet, column.values()[o])) != selection.terms.end();
            selection_of_[static_cast<std::size_t>(selection.facet - schema::facets.data())] = selections_.size();
            selections_.push_back({&column, std::move(passes)});
        }
    }

    bool add(const Xapian::Document& doc) override {
        const Xapian::docid did = doc.get_docid();
        SelectionCheck check;
        for (std::size_t s = 0; s < selections_.size() && check.counts_somewhere(); ++s) {
            bool passes = false;
            for (std::uint32_t ordinal : selections_[s].column->ordinals(did)) passes = passes || selections_[s].passes[ordinal];
            if (!passes) check.fail(s);
        }
        if (!check.counts_somewhere()) return false;
        for (std::size_t f = 0; f < schema::facets.size(); ++f) {
            if (!check.counts_in(selection_of_[f])) continue;
            for (std::uint32_t ordinal : columns_->column(schema::facets[f]).ordinals(did)) ++counts_[f][ordinal];
        }
        hits_ += check.hit() ? 1 : 0;
        return check.hit();
    }

    std::uint64_t hits() const override { return hits_; }

    ValueCounts counts(const schema::Facet& facet) const override {
        const std::size_t f = static_cast<std::size_t>(&facet - schema::facets.data());
        const auto& values = columns_->column(facet).values();
        ValueCounts out;
        for (std::size_t o = 0; o < counts_[f].size(); ++o)
            if (counts_[f][o] > 0) out[values[o]] += counts_[f][o];
        for (const auto& [value, count] : merged_[f]) out[value] += count;
        return out;
    }

    void merge(const FacetTally& other) override {
        // Another shard has other ordinals: its counts join by display value.
        for (std::size_t f = 0; f < schema::facets.size(); ++f)
            for (const auto& [value, count] : other.counts(schema::facets[f])) merged_[f][value] += count;
        hits_ += other.hits();
    }

private:
    struct Selection {
        const FacetColumn* column;
        std::vector<bool> passes;  ///< By ordinal.
    };

    std::shared_ptr<const FacetColumns> columns_;
    std::vector<Selection> selections_;
    std::array<std::size_t, schema::facets.size()> selection_of_{};  ///< Facet → its selection, or none.
    std::array<std::vector<std::uint64_t>, schema::facets.size()> counts_;  ///< By ordinal.
    std::array<ValueCounts, schema::facets.size()> merged_;                 ///< From merged tallies.
    std::uint64_t hits_ = 0;
};

class ColumnFacetCounter final : public FacetCounter {
public:
    std::unique_ptr<FacetTally> start(const Xapian::Database& db, const std::string& revision_key,
                                      const std::vector<FacetSelection>& selections) const override {
        return std::make_unique<ColumnFacetTally>(columns_of(db, revision_key), selections);
    }

private:
    // The columns of `db`'s revision: read once, by the first request that meets it (others
    // on the same revision wait for it rather than read it again).
    std::shared_ptr<const FacetColumns> columns_of(const Xapian::Database& db, const std::string& revision_key) const {
        std::lock_guard lock(mutex_);
        for (const auto& columns : cache_)
            if (columns->revision_key() == revision_key) return columns;
        auto columns = std::make_shared<const FacetColumns>(db, revision_key);
        cache_.insert(cache_.begin(), columns);
        if (cache_.size() > revisions_kept) cache_.pop_back();
        return columns;
    }

    mutable std::mutex mutex_;
    mutable std::vector<std::shared_ptr<const FacetColumns>> cache_;  ///< Newest first.
};

}  // namespace

std::unique_ptr<FacetCounter> make_column_facet_counter() { return std::make_unique<ColumnFacetCounter>(); }

}  // namespace rs::search
