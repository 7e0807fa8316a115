#include "searchd/http/links.hpp"

#include "searchd/http/query_string.hpp"
#include "searchd/http/routes.hpp"

namespace rs::http {

std::string item_url(std::string_view id) { return std::string(routes::items_prefix) + percent_encode_path(id); }

std::string permalink(std::string_view id) { return std::string(routes::item_page_prefix) + percent_encode_path(id); }

std::string meeting_url(std::string_view key) {
    return std::string(routes::meeting_page_prefix) + percent_encode_path(key);
}

std::string compare_url(std::string_view facet, std::string_view value) {
    return std::string(routes::compare_page) + "?" + percent_encode_component(facet) + "=" +
           percent_encode_component(value);
}

std::string project_url(std::string_view slug) {
    return std::string(routes::project_page_prefix) + percent_encode_path(slug);
}

std::string coverage_url(const std::vector<std::string>& bodies) {
    std::string url(routes::coverage_page);
    for (std::size_t i = 0; i < bodies.size(); ++i)
        url.append(i == 0 ? "?" : "&").append("body=").append(percent_encode_component(bodies[i]));
    return url;
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
