#pragma once
// Danish pages for the failures a person can meet: an address that leads nowhere, an
// index that cannot be read, a fault of ours. Each offers a way on (a search box).

#include <string>
#include <string_view>

namespace rs::html {

/// The page for HTTP `status` (404, 400, 503, 500 …); `detail` ("" for none) is shown as text.
std::string render_error_page(unsigned status, std::string_view detail);

}  // namespace rs::html
