#include "searchd/search/matched_words.hpp"

#include "searchd/search/query_builder.hpp"
#include "searchd/search/word_matcher.hpp"

namespace rs::search {

std::vector<std::string> matched_words(const Xapian::Database& db, const schema::AgendaItem& item,
                                       std::string_view query_text) {
    TextQuery query;
    try {
        query = build_text_query(db, query_text, true);
    } catch (const std::exception&) {
        return {};  // nothing to mark is the right answer to a query that cannot be read
    }
    const WordMatcher matcher(query.highlight, query_text);
    if (matcher.empty()) return {};
    return matcher.words_in(item);
}

}  // namespace rs::search
