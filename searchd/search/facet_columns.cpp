#include "searchd/search/facet_columns.hpp"

#include <unordered_map>

#include "schema/multi_value.hpp"

namespace rs::search {

namespace {
std::uint32_t ordinal_of(std::string_view value, std::unordered_map<std::string, std::uint32_t>& ordinals,
                         std::vector<std::string>& values) {
    auto [it, added] = ordinals.try_emplace(std::string(value), static_cast<std::uint32_t>(values.size()));
    if (added) values.emplace_back(value);
    return it->second;
}
}  // namespace

FacetColumn::FacetColumn(const Xapian::Database& db, const schema::Facet& facet, Xapian::docid last_docid)
    : multi_valued_(facet.multi_valued) {
    std::unordered_map<std::string, std::uint32_t> ordinals;
    if (!multi_valued_) single_.assign(static_cast<std::size_t>(last_docid) + 1, no_value);
    else offsets_.assign(static_cast<std::size_t>(last_docid) + 2, 0);
    Xapian::docid filled = 0;  // multi-valued: offsets_ is final up to this docid
    for (auto it = db.valuestream_begin(facet.slot); it != db.valuestream_end(facet.slot); ++it) {
        const Xapian::docid did = it.get_docid();
        if (did > last_docid) break;
        const std::string value = *it;
        if (!multi_valued_) {
            single_[did] = ordinal_of(value, ordinals, values_);
            continue;
        }
        // Documents between the last one with values and this one have none.
        for (Xapian::docid d = filled + 1; d <= did; ++d) offsets_[d] = static_cast<std::uint32_t>(multi_.size());
        for (std::string_view part : schema::split_values(value)) multi_.push_back(ordinal_of(part, ordinals, values_));
        filled = did;
    }
    if (multi_valued_)
        for (std::size_t d = filled + 1; d < offsets_.size(); ++d) offsets_[d] = static_cast<std::uint32_t>(multi_.size());
}

std::span<const std::uint32_t> FacetColumn::ordinals(Xapian::docid did) const {
    if (!multi_valued_) {
        if (did >= single_.size() || single_[did] == no_value) return {};
        return {&single_[did], 1};
    }
    if (static_cast<std::size_t>(did) + 1 >= offsets_.size()) return {};
    return {multi_.data() + offsets_[did], multi_.data() + offsets_[did + 1]};
}

FacetColumns::FacetColumns(const Xapian::Database& db, std::string revision_key)
    : revision_key_(std::move(revision_key)), last_docid_(db.get_lastdocid()) {
    columns_.reserve(schema::facets.size());
    for (const auto& facet : schema::facets) columns_.emplace_back(db, facet, last_docid_);
}

std::size_t FacetColumns::memory_bytes() const {
    std::size_t bytes = 0;
    for (const auto& column : columns_) bytes += column.memory_bytes();
    return bytes;
}

}  // namespace rs::search
