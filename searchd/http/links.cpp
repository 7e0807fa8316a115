#include "searchd/http/links.hpp"

#include "searchd/http/query_string.hpp"
#include "searchd/http/routes.hpp"

namespace rs::http {

std::string item_url(std::string_view id) { return std::string(routes::items_prefix) + percent_encode_path(id); }

std::string permalink(std::string_view id) { return std::string(routes::item_page_prefix) + percent_encode_path(id); }

std::string meeting_url(std::string_view key) {
    return std::string(routes::meeting_page_prefix) + percent_encode_path(key);
}

std::string meeting_key_of(std::string_view item_id) {
    std::size_t at = 0;
    for (int slash = 0; slash < 3; ++slash) {
        at = item_id.find('/', at);
        if (at == std::string_view::npos) return std::string(item_id);
        if (slash < 2) ++at;
    }
    return std::string(item_id.substr(0, at));
}

}  // namespace rs::http
