#include "searchd/search/coverage_reader.hpp"

#include <algorithm>
#include <string>

#include "schema/document_data.hpp"
#include "schema/fields.hpp"
#include "schema/ids.hpp"

namespace rs::search {

Coverage read_coverage(const Xapian::Database& db, const CoverageRequest& request) {
    const std::string prefix(schema::meeting_prefix);
    const auto wanted = [&](const std::string& body) {
        return request.bodies.empty() ||
               std::find(request.bodies.begin(), request.bodies.end(), body) != request.bodies.end();
    };
    std::vector<MeetingRecord> records;
    for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
        const auto posting = db.postlist_begin(*term);
        if (posting == db.postlist_end(*term)) continue;
        schema::StoredItem stored = schema::parse_document_data(db.get_document(*posting).get_data());
        if (!wanted(stored.meeting.body)) continue;
        std::string key = schema::meeting_key(stored.meeting);
        records.push_back({std::move(stored.meeting), std::move(key), term.get_termfreq()});
    }
    return arrange_coverage(std::move(records));
}

}  // namespace rs::search
