#include <utility>

#include "schema/multi_value.hpp"
#include "searchd/search/facet_counter.hpp"

namespace rs::search {

namespace {
class SlotFacetTally final : public FacetTally {
public:
    explicit SlotFacetTally(std::vector<const schema::Facet*> facets)
        : facets_(std::move(facets)), counts_(facets_.size()) {}

    void add(const DocumentValues& document) override {
        for (std::size_t i = 0; i < facets_.size(); ++i) {
            const std::string value = document.value(facets_[i]->slot);
            if (value.empty()) continue;
            if (!facets_[i]->multi_valued) {
                ++counts_[i][value];
                continue;
            }
            // The indexer stores each value once per document, so no de-duplication here.
            for (std::string_view part : schema::split_values(value)) ++counts_[i][std::string(part)];
        }
    }

    ValueCounts counts(std::size_t i) const override { return counts_.at(i); }

private:
    std::vector<const schema::Facet*> facets_;
    std::vector<ValueCounts> counts_;
};

class SlotFacetCounter final : public FacetCounter {
public:
    std::unique_ptr<FacetTally> start(std::vector<const schema::Facet*> facets) const override {
        return std::make_unique<SlotFacetTally>(std::move(facets));
    }
};
}  // namespace

std::unique_ptr<FacetCounter> make_slot_facet_counter() { return std::make_unique<SlotFacetCounter>(); }

}  // namespace rs::search
