#include "searchd/search/window_rescore.hpp"

#include <algorithm>

#include "searchd/search/docid_set_source.hpp"

namespace rs::search {

std::vector<PageSlice> rescored_page(const Xapian::Database& db, const Xapian::MSet& by_base,
                                     const Xapian::Query& candidates, const Rank& rank, Xapian::doccount first,
                                     Xapian::doccount count, const RunQuery& run, Xapian::doccount window_size) {
    const Xapian::doccount matched = by_base.size();
    const Xapian::doccount window = std::min(matched, window_size);
    const Xapian::doccount last = std::min(matched, first + count);
    std::vector<PageSlice> page;
    if (first >= last) return page;
    if (first < window) {
        std::vector<Xapian::docid> docids;
        docids.reserve(window);
        for (Xapian::doccount i = 0; i < window; ++i) docids.push_back(*by_base[i]);
        auto source = DocidSetSource::make(db, std::move(docids));
        // Shards that cannot be told apart (no UUID, or a copied one) keep the words' order.
        if (!source) return {PageSlice{by_base, first, last}};
        // The window's documents alone: the filter adds no weight, so each gets the weight
        // the whole query would give it.
        const Xapian::Query in_window(Xapian::Query::OP_FILTER, candidates, Xapian::Query(source.release()->release()));
        Xapian::MSet rescored = run(rank(in_window), first, std::min(last, window) - first);
        page.push_back(PageSlice{rescored, 0, rescored.size()});
    }
    if (std::max(first, window) < last) page.push_back(PageSlice{by_base, std::max(first, window), last});
    return page;
}

}  // namespace rs::search
