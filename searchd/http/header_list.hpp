#pragma once
// HTTP header fields as the router sees them: name/value pairs in order, looked up ASCII
// case-insensitively (RFC 9110 §5.1). Shared by Request and Response.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rs::http {

/// Header fields in the order they were sent or added.
using HeaderList = std::vector<std::pair<std::string, std::string>>;

/// The value of the first field called `name` (ASCII case-insensitive), "" if absent.
std::string_view find_header(const HeaderList& headers, std::string_view name);

/// True if `a` and `b` are equal ignoring ASCII case.
bool iequals(std::string_view a, std::string_view b);

}  // namespace rs::http
