#include "searchd/http/frame_policy.hpp"

namespace rs::http {

std::string page_policy(const SiteOptions& site) {
    std::string policy(page_security_policy);
    for (const auto& origin : site.frame_ancestors) policy += " " + origin;
    return policy;
}

void apply_frame_policy(Response& response, const SiteOptions& site) {
    if (site.frame_ancestors.empty()) return;
    for (auto& [name, value] : response.headers)
        if (iequals(name, "Content-Security-Policy") && value == page_security_policy) value = page_policy(site);
}

}  // namespace rs::http
