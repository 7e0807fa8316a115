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
    return segment(meeting.cluster) + "/" + segment(meeting.forum) + "/" +
           (meeting.date.empty() ? std::string("ukendt") : meeting.date);
}

std::string item_id(const Meeting& meeting, const AgendaItem& item) {
    return meeting_key(meeting) + "/" + std::to_string(item.number) + slug(item.sub);
}

}  // namespace rs::schema
