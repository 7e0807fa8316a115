#include "searchd/http/archive_params.hpp"

#include <string>

#include "schema/text/unicode.hpp"
#include "searchd/http/search_params.hpp"

namespace rs::http {

Parsed<search::RelatedRequest> parse_related_params(const std::vector<QueryParam>& params) {
    search::RelatedRequest out;
    bool seen_limit = false;
    for (const auto& param : params) {
        if (param.name == "limit") {
            if (seen_limit) return ParamError{"limit", "may be given only once"};
            seen_limit = true;
            const auto limit = bounded_number(param, 1, search::RelatedRequest::max_limit);
            if (!limit.ok()) return limit.error();
            out.similar_limit = limit.value();
        } else if (!is_ignored_param(param.name)) {
            return ParamError{param.name, "unknown parameter; accepted: limit"};
        }
    }
    return out;
}

Parsed<search::CoverageRequest> parse_coverage_params(const std::vector<QueryParam>& params) {
    search::CoverageRequest out;
    for (const auto& param : params) {
        if (param.name == "body") {
            if (param.value.empty()) continue;  // an empty form field: not given
            if (param.value.size() > SearchParamLimits::max_value_bytes)
                return ParamError{"body", "longer than " + std::to_string(SearchParamLimits::max_value_bytes) + " bytes"};
            if (out.bodies.size() == SearchParamLimits::max_filter_values)
                return ParamError{"body", "at most " + std::to_string(SearchParamLimits::max_filter_values) + " values"};
            out.bodies.push_back(schema::normalize_nfc(param.value));
        } else if (!is_ignored_param(param.name)) {
            return ParamError{param.name, "unknown parameter; accepted: body"};
        }
    }
    return out;
}

}  // namespace rs::http
