#include "schema/ids.hpp"

#include "schema/text/unicode.hpp"

namespace rs::schema {

namespace {
std::string segment(const std::string& value) {
    std::string s = slug(value);
    return s.empty() ? "ukendt" : s;
}
}  // namespace

std::string meeting_key(const Meeting& meeting) {
    // A cluster's key is its cluster's name (ids made before bodies existed stay valid);
    // any other body's key is its own.
    return segment(meeting.cluster.empty() ? meeting.body : meeting.cluster) + "/" + segment(meeting.forum) + "/" +
           (meeting.date.empty() ? std::string("ukendt") : meeting.date);
}

std::string item_id(const Meeting& meeting, const AgendaItem& item) {
    // append(), not operator+: GCC 12 warns falsely (-Wrestrict) on the chained form.
    std::string id = meeting_key(meeting);
    return id.append("/").append(std::to_string(item.number)).append(slug(item.sub));
}

}  // namespace rs::schema
