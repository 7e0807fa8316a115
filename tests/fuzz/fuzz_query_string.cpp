// Any bytes as the query string of a search: percent-decoding, then every parameter's
// checks. A bad request is a ParamError value, never an exception or a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "searchd/http/query_string.hpp"
#include "searchd/http/search_params.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto params = rs::http::parse_query_string(std::string_view(reinterpret_cast<const char*>(data), size));
    if (params.ok()) (void)rs::http::parse_search_params(params.value());
    return 0;
}
