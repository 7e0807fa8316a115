#include "searchd/search/facet_order.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <stdexcept>

#include <unicode/coll.h>
#include <unicode/locid.h>

#include "schema/text/unicode.hpp"

namespace rs::search {

namespace {
// ICU collators are not to be shared across threads while in use: one per thread.
const icu::Collator& danish_collator() {
    thread_local std::unique_ptr<icu::Collator> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("da", "DK"), status));
        if (U_FAILURE(status) || !c) throw std::runtime_error("ICU Danish collator unavailable");
        return c;
    }();
    // LLVM 14's static analyser runs a thread_local's destructor at the return (a false
    // "use after free"); the object lives as long as its thread.
    // NOLINTNEXTLINE(clang-analyzer-cplusplus.NewDelete)
    return *collator;
}

struct Merged {
    std::uint64_t count = 0;
    std::string display;
    std::uint64_t display_count = 0;  ///< Documents spelling it like `display`.
};
}  // namespace

bool danish_less(const std::string& a, const std::string& b) {
    UErrorCode status = U_ZERO_ERROR;
    const auto order = danish_collator().compareUTF8(a, b, status);
    if (U_FAILURE(status) || order == UCOL_EQUAL) return a < b;
    return order == UCOL_LESS;
}

std::vector<FacetCount> order_facet_values(const ValueCounts& counts, const std::vector<std::string>& selected) {
    std::map<std::string, Merged> by_term;  // lowercased value: what one filter term matches
    for (const auto& [value, count] : counts) {
        Merged& merged = by_term[schema::to_lower(value)];
        merged.count += count;
        if (count > merged.display_count || (count == merged.display_count && value < merged.display)) {
            merged.display = value;
            merged.display_count = count;
        }
    }
    for (const auto& value : selected) {
        Merged& merged = by_term[schema::to_lower(value)];
        if (merged.display.empty()) merged.display = value;
    }

    std::vector<FacetCount> values;
    values.reserve(by_term.size());
    for (auto& [key, merged] : by_term) values.push_back({std::move(merged.display), merged.count});
    std::sort(values.begin(), values.end(), [](const FacetCount& a, const FacetCount& b) {
        if (a.count != b.count) return a.count > b.count;
        return danish_less(a.value, b.value);
    });
    return values;
}

}  // namespace rs::search
