// The reference facet counter: reads every candidate's value slots. Simple and always
// right; the column counter must give the same counts (tests/search/facet_counter_test).
#include <array>
#include <set>
#include <utility>

#include "schema/multi_value.hpp"
#include "searchd/search/facet_counter.hpp"
#include "searchd/search/selection_check.hpp"

namespace rs::search {

namespace {

std::vector<std::string> values_of(const Xapian::Document& doc, const schema::Facet& facet) {
    const std::string value = doc.get_value(facet.slot);
    if (value.empty()) return {};
    if (!facet.multi_valued) return {value};
    std::vector<std::string> parts;
    for (std::string_view part : schema::split_values(value)) parts.emplace_back(part);
    return parts;
}

class SlotFacetTally final : public FacetTally {
public:
    explicit SlotFacetTally(const std::vector<FacetSelection>& selections) {
        for (const auto& selection : selections)
            selections_.push_back({selection.facet, std::set<std::string>(selection.terms.begin(), selection.terms.end())});
    }

    bool add(const Xapian::Document& doc) override {
        SelectionCheck check;
        for (std::size_t s = 0; s < selections_.size() && check.counts_somewhere(); ++s) {
            bool passes = false;
            for (const auto& value : values_of(doc, *selections_[s].facet))
                passes = passes || selections_[s].terms.contains(schema::filter_term(*selections_[s].facet, value));
            if (!passes) check.fail(s);
        }
        if (!check.counts_somewhere()) return false;
        for (std::size_t f = 0; f < schema::facets.size(); ++f) {
            if (!check.counts_in(selection_of(schema::facets[f]))) continue;
            // The indexer stores each value once per document, so no de-duplication here.
            for (auto& value : values_of(doc, schema::facets[f])) ++counts_[f][std::move(value)];
        }
        hits_ += check.hit() ? 1 : 0;
        return check.hit();
    }

    std::uint64_t hits() const override { return hits_; }

    ValueCounts counts(const schema::Facet& facet) const override {
        return counts_[static_cast<std::size_t>(&facet - schema::facets.data())];
    }

    void merge(const FacetTally& other) override {
        const auto& that = dynamic_cast<const SlotFacetTally&>(other);
        for (std::size_t f = 0; f < counts_.size(); ++f)
            for (const auto& [value, count] : that.counts_[f]) counts_[f][value] += count;
        hits_ += that.hits_;
    }

private:
    struct Selection {
        const schema::Facet* facet;
        std::set<std::string> terms;
    };

    std::size_t selection_of(const schema::Facet& facet) const {
        for (std::size_t s = 0; s < selections_.size(); ++s)
            if (selections_[s].facet == &facet) return s;
        return SelectionCheck::none;
    }

    std::vector<Selection> selections_;
    std::array<ValueCounts, schema::facets.size()> counts_;
    std::uint64_t hits_ = 0;
};

class SlotFacetCounter final : public FacetCounter {
public:
    std::unique_ptr<FacetTally> start(const Xapian::Database&, const std::string&,
                                      const std::vector<FacetSelection>& selections) const override {
        return std::make_unique<SlotFacetTally>(selections);
    }
};

}  // namespace

std::unique_ptr<FacetCounter> make_slot_facet_counter() { return std::make_unique<SlotFacetCounter>(); }

}  // namespace rs::search
