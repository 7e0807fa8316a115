#pragma once
// The static files the pages load (searchd/html/assets/): compiled in, each with a content
// type and a strong ETag made from its bytes, so a browser revalidates cheaply and a new
// build is never mistaken for an old one.

#include <optional>
#include <string>
#include <string_view>

namespace rs::html {

/// One servable file.
struct Asset {
    std::string_view content;
    std::string_view content_type;  ///< "text/css; charset=utf-8" …
    std::string etag;               ///< Quoted, e.g. "\"3f2a…\"".
};

/// The asset called `name` ("style.css"), or nullopt: only files of assets/ with a known
/// type are served, so no name can reach a template or anything else.
std::optional<Asset> find_asset(std::string_view name);

/// "/static/" + name + "?v=" + a hash of its content: the URL pages reference, new with
/// every change of the file.
std::string asset_url(std::string_view name);

}  // namespace rs::html
