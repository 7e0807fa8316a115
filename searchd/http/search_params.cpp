#include "searchd/http/search_params.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>

#include "schema/fields.hpp"
#include "schema/text/plain_text.hpp"
#include "schema/text/unicode.hpp"
#include "searchd/http/response.hpp"

namespace rs::http {

namespace {

using search::SearchRequest;
using search::SortOrder;

// Single-valued parameters, each allowed at most once.
constexpr std::string_view single_valued[] = {"q", "from", "to", "sort", "offset", "limit", "related"};

bool is_single_valued(std::string_view name) {
    return std::find(std::begin(single_valued), std::end(single_valued), name) != std::end(single_valued);
}

std::optional<unsigned> parse_unsigned(std::string_view text) {
    // from_chars would accept nothing else anyway, but say so: no sign, no spaces, no hex.
    if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    unsigned value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::optional<SortOrder> parse_sort(std::string_view text) {
    if (text == "relevance") return SortOrder::relevance;
    if (text == "newest") return SortOrder::newest;
    if (text == "oldest") return SortOrder::oldest;
    return std::nullopt;
}

// "q, from, …, cluster, region, …": spelt from the facet table so the message cannot drift.
std::string accepted_params() {
    std::string list;
    for (const auto name : single_valued) list.append(list.empty() ? "" : ", ").append(name);
    for (const auto& facet : schema::facets) list.append(", ").append(facet.name);
    return list;
}

ParamError bad(std::string_view parameter, std::string message) {
    return ParamError{std::string(parameter), std::move(message)};
}

// Applies one single-valued parameter; nullopt when it is fine.
std::optional<ParamError> apply_single(SearchRequest& request, const QueryParam& param) {
    const std::string_view name = param.name;
    const std::string& value = param.value;
    if (name == "q") {
        if (value.size() > SearchParamLimits::max_query_bytes)
            return bad(name, "query is longer than " + std::to_string(SearchParamLimits::max_query_bytes) + " bytes");
        // NFC so that a decomposed "å" typed on some systems finds the composed one indexed.
        request.query = schema::normalize_nfc(value);
    } else if (name == "from" || name == "to") {
        if (value.empty()) return std::nullopt;
        if (!is_calendar_date(value))
            return bad(name, "must be a calendar date written YYYY-MM-DD, got \"" + schema::shorten(value, quoted_input_bytes) + "\"");
        (name == "from" ? request.from : request.to) = value;
    } else if (name == "sort") {
        if (value.empty()) return std::nullopt;
        const auto sort = parse_sort(value);
        if (!sort) return bad(name, "must be one of relevance, newest, oldest; got \"" + schema::shorten(value, quoted_input_bytes) + "\"");
        request.sort = sort;
    } else if (name == "offset") {
        if (value.empty()) return std::nullopt;
        const auto offset = bounded_number(param, 0, SearchParamLimits::max_offset);
        if (!offset.ok()) return offset.error();
        request.offset = offset.value();
    } else if (name == "limit") {
        if (value.empty()) return std::nullopt;
        const auto limit = bounded_number(param, 1, request.limit_cap());
        if (!limit.ok()) return limit.error();
        request.limit = limit.value();
    } else if (name == "related") {
        if (value.empty()) return std::nullopt;
        if (value != "0" && value != "1")
            return bad(name, "must be 1 (fill a short first page with related items, the default) or 0; got \"" +
                                 schema::shorten(value, quoted_input_bytes) + "\"");
        request.fill_with_related = value == "1";
    }
    return std::nullopt;
}

}  // namespace

Parsed<unsigned> bounded_number(const QueryParam& param, unsigned low, unsigned high) {
    const auto number = parse_unsigned(param.value);
    if (!number || *number < low || *number > high)
        return ParamError{param.name, "must be an integer from " + std::to_string(low) + " to " + std::to_string(high) +
                                          ", got \"" + schema::shorten(param.value, quoted_input_bytes) + "\""};
    return *number;
}

bool is_ignored_param(std::string_view name) {
    return name.starts_with("utm_") || name == "_" || name == "fbclid" || name == "gclid" || name == "msclkid";
}

// Strict by design: a misspelt parameter ("clustr=…") silently ignored would return
// unfiltered results that look right, and links that intranet pages build from this API
// must fail loudly while they are written, not mislead readers later. The exception is
// is_ignored_param: tracking tags that tools append to links nobody here controls.
Parsed<search::SearchRequest> parse_search_params(const std::vector<QueryParam>& params,
                                                  search::SearchPurpose purpose) {
    SearchRequest request;
    request.purpose = purpose;
    if (purpose == search::SearchPurpose::export_rows) request.limit = request.limit_cap();
    std::vector<std::string_view> seen;
    std::size_t filter_values = 0;

    for (const auto& param : params) {
        const std::string_view name = param.name;
        if (is_single_valued(name)) {
            if (std::find(seen.begin(), seen.end(), name) != seen.end())
                return bad(name, "may be given only once");
            seen.push_back(name);
            if (auto error = apply_single(request, param)) return std::move(*error);
        } else if (const auto* facet = schema::find_facet(name)) {
            if (param.value.empty()) continue;
            if (param.value.size() > SearchParamLimits::max_value_bytes)
                return bad(name, "value is longer than " + std::to_string(SearchParamLimits::max_value_bytes) + " bytes");
            if (++filter_values > SearchParamLimits::max_filter_values)
                return bad(name, "more than " + std::to_string(SearchParamLimits::max_filter_values) +
                                     " filter values in one request");
            auto& values = request.filters[std::string(facet->name)];
            std::string value = schema::normalize_nfc(param.value);
            if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(std::move(value));
        } else if (!is_ignored_param(name)) {
            return bad(name, "unknown parameter; accepted: " + accepted_params());
        }
    }

    if (!request.from.empty() && !request.to.empty() && request.to < request.from)
        return bad("to", "is before from (" + request.from + " > " + request.to + ")");
    return request;
}

std::string to_query_string(const search::SearchRequest& request) {
    std::string out;
    const auto add = [&out](std::string_view name, std::string_view value) {
        if (value.empty()) return;
        if (!out.empty()) out += '&';
        out.append(name).append("=").append(percent_encode_component(value));
    };
    add("q", request.query);
    for (const auto& facet : schema::facets)
        if (const auto it = request.filters.find(facet.name); it != request.filters.end())
            for (const auto& value : it->second) add(facet.name, value);
    add("from", request.from);
    add("to", request.to);
    if (request.sort)
        add("sort", *request.sort == SortOrder::relevance ? "relevance" : *request.sort == SortOrder::newest ? "newest" : "oldest");
    if (request.offset != 0) add("offset", std::to_string(request.offset));
    if (request.limit != SearchRequest::default_limit && request.purpose == search::SearchPurpose::page)
        add("limit", std::to_string(request.limit));
    if (!request.fill_with_related && request.purpose == search::SearchPurpose::page) add("related", "0");
    return out;
}

Parsed<bool> reject_params(const std::vector<QueryParam>& params) {
    for (const auto& param : params)
        if (!is_ignored_param(param.name)) return bad(param.name, "unknown parameter; this endpoint takes none");
    return true;
}

}  // namespace rs::http
