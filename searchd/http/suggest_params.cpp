#include "searchd/http/suggest_params.hpp"

#include <string>

#include "schema/text/unicode.hpp"
#include "searchd/http/search_params.hpp"

namespace rs::http {

Parsed<SuggestParams> parse_suggest_params(const std::vector<QueryParam>& params) {
    SuggestParams out;
    bool seen_q = false;
    bool seen_limit = false;
    bool seen_format = false;
    for (const auto& param : params) {
        const auto once = [&](bool& seen) -> std::optional<ParamError> {
            if (seen) return ParamError{param.name, "may be given only once"};
            seen = true;
            return std::nullopt;
        };
        if (param.name == "q") {
            if (auto error = once(seen_q)) return *error;
            if (param.value.size() > max_prefix_bytes * 5)
                return ParamError{"q", "longer than " + std::to_string(max_prefix_bytes * 5) + " bytes"};
            out.request.prefix = schema::normalize_nfc(param.value);
        } else if (param.name == "limit") {
            if (auto error = once(seen_limit)) return *error;
            const auto limit = bounded_number(param, 1, search::SuggestRequest::max_limit);
            if (!limit.ok()) return limit.error();
            out.request.limit = limit.value();
        } else if (param.name == "format") {
            if (auto error = once(seen_format)) return *error;
            if (param.value == "opensearch") {
                out.format = SuggestFormat::opensearch;
            } else if (param.value != "json" && !param.value.empty()) {
                return ParamError{"format", "must be json or opensearch"};
            }
        } else if (!is_ignored_param(param.name)) {
            return ParamError{param.name, "unknown parameter; accepted: q, limit, format"};
        }
    }
    if (out.request.prefix.size() > max_prefix_bytes) {
        std::size_t cut = out.request.prefix.size() - max_prefix_bytes;
        while (cut < out.request.prefix.size() && (static_cast<unsigned char>(out.request.prefix[cut]) & 0xC0) == 0x80)
            ++cut;
        out.request.prefix.erase(0, cut);
    }
    return out;
}

}  // namespace rs::http
