#include "tests/search/search_index.hpp"

#include "searchd/search/xapian_search_service.hpp"

namespace rs::test {

SearchIndex::SearchIndex(std::vector<schema::Minutes> minutes, unsigned threads)
    : files(std::move(minutes)), rows(open_rows(files)) {
    write_index(dir.path(), files);
    service = search::make_xapian_search_service(dir.path(), threads);
}

std::vector<std::string> hit_ids(const search::SearchResult& result) {
    std::vector<std::string> ids;
    for (const auto& hit : result.hits) ids.push_back(hit.item.id);
    return ids;
}

std::map<std::string, std::uint64_t> as_map(const std::vector<search::FacetCount>& values) {
    std::map<std::string, std::uint64_t> counts;
    for (const auto& value : values) counts[value.value] = value.count;
    return counts;
}

search::SearchRequest request(const std::string& query, unsigned limit) {
    search::SearchRequest r;
    r.query = query;
    r.limit = limit;
    return r;
}

}  // namespace rs::test
