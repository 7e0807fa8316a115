#pragma once
// Request targets and query strings, decoded once, here: Boost 1.74 has no Boost.URL, so
// this is the only place that knows percent-encoding. Everything it returns is valid UTF-8.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "searchd/http/parsed.hpp"

namespace rs::http {

/// One name=value pair of a query string, both percent-decoded and valid UTF-8.
struct QueryParam {
    std::string name;
    std::string value;
    friend bool operator==(const QueryParam&, const QueryParam&) = default;
};

/// A request target split at its first '?'; both parts still percent-encoded.
struct Target {
    std::string_view path;   ///< "/api/search"
    std::string_view query;  ///< "q=hoftebrud&limit=5", without the '?'; "" if none.
};

/// Splits `target` at the first '?' (a '#' fragment is never sent by clients and is not handled).
Target split_target(std::string_view target);

/// `text` with each %XY escape replaced by its byte, and '+' by ' ' if `plus_is_space`
/// (true in query strings, false in paths); nullopt if an escape is malformed.
std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space);

/// The name=value pairs of `query` in order, repeated names kept. Empty pieces ("a=1&&b")
/// and bare "=" are skipped; a piece without '=' has an empty value. Fails naming the parameter if an
/// escape is malformed or a decoded name or value is not valid UTF-8.
Parsed<std::vector<QueryParam>> parse_query_string(std::string_view query);

/// `path` percent-decoded ('+' kept), or an error naming `what` if an escape is malformed or
/// the result is not valid UTF-8.
Parsed<std::string> decode_path(std::string_view path, std::string_view what);

/// `text` with every byte outside A-Z a-z 0-9 - . _ ~ / percent-encoded: a path from an id.
std::string percent_encode_path(std::string_view text);

/// `text` with every byte outside A-Z a-z 0-9 - . _ ~ percent-encoded: a query-string name
/// or value ("Kom Trygt Hjem" → "Kom%20Trygt%20Hjem", "/" and "&" encoded too).
std::string percent_encode_component(std::string_view text);

}  // namespace rs::http
