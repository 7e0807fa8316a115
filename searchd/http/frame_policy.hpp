#pragma once
// Which pages may show searchd's pages in a frame. By default only searchd itself
// (frame-ancestors 'self' in page_security_policy): a page framed by a stranger can be
// overlaid and clicked through. An intranet that embeds the search is named with
// --frame-ancestor (server.frame_ancestors) and added here.

#include "searchd/http/response.hpp"
#include "searchd/http/site_options.hpp"

namespace rs::http {

/// The Content-Security-Policy of a page for `site`: page_security_policy with the
/// configured frame ancestors after 'self'.
std::string page_policy(const SiteOptions& site);

/// Gives a page response (one carrying page_security_policy) the policy of `site`.
void apply_frame_policy(Response& response, const SiteOptions& site);

}  // namespace rs::http
