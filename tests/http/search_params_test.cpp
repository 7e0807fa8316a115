#include "searchd/http/search_params.hpp"

#include <gtest/gtest.h>

#include "schema/fields.hpp"

namespace rs::http {
namespace {

using search::SortOrder;

Parsed<search::SearchRequest> parse(std::string_view query) {
    auto params = parse_query_string(query);
    if (!params.ok()) return params.error();
    return parse_search_params(params.value());
}

search::SearchRequest parse_ok(std::string_view query) {
    auto parsed = parse(query);
    EXPECT_TRUE(parsed.ok()) << query << ": " << (parsed.ok() ? "" : parsed.error().message);
    return parsed.ok() ? parsed.value() : search::SearchRequest{};
}

// The parameter an invalid query is blamed on.
std::string blamed(std::string_view query) {
    auto parsed = parse(query);
    EXPECT_FALSE(parsed.ok()) << query << " was accepted";
    return parsed.ok() ? "" : parsed.error().parameter;
}

TEST(SearchParams, DefaultsWhenEmpty) {
    const auto request = parse_ok("");
    EXPECT_EQ(request.query, "");
    EXPECT_TRUE(request.filters.empty());
    EXPECT_EQ(request.from, "");
    EXPECT_EQ(request.to, "");
    EXPECT_FALSE(request.sort.has_value());  // the core picks relevance or newest
    EXPECT_EQ(request.offset, 0u);
    EXPECT_EQ(request.limit, search::SearchRequest::default_limit);
}

TEST(SearchParams, ReadsEveryParameter) {
    const auto request = parse_ok(
        "q=hoftebrud+%22kom+trygt+hjem%22&cluster=Sundhedsklynge+S%C3%B8nderjylland&body=Sundhedsudvalget%2C+Vejle+Kommune"
        "&region=Region+Syddanmark"
        "&forum=Politisk+niveau&type=Beslutning&decision=Godkendt&topic=%C3%86ldre&project=Kom+Trygt+Hjem"
        "&year=2025&kind=referat&from=2025-01-01&to=2025-12-31&sort=newest&offset=20&limit=100");
    EXPECT_EQ(request.query, "hoftebrud \"kom trygt hjem\"");
    EXPECT_EQ(request.filters.at("cluster"), std::vector<std::string>{"Sundhedsklynge Sønderjylland"});
    EXPECT_EQ(request.filters.at("body"), std::vector<std::string>{"Sundhedsudvalget, Vejle Kommune"});
    EXPECT_EQ(request.filters.at("topic"), std::vector<std::string>{"Ældre"});
    EXPECT_EQ(request.filters.at("year"), std::vector<std::string>{"2025"});
    EXPECT_EQ(request.filters.at("kind"), std::vector<std::string>{"referat"});
    EXPECT_EQ(request.filters.size(), schema::facets.size());
    EXPECT_EQ(request.from, "2025-01-01");
    EXPECT_EQ(request.to, "2025-12-31");
    EXPECT_EQ(request.sort, SortOrder::newest);
    EXPECT_EQ(request.offset, 20u);
    EXPECT_EQ(request.limit, 100u);
}

TEST(SearchParams, EveryFacetIsAFilterParameter) {
    for (const auto& facet : schema::facets) {
        const auto request = parse_ok(std::string(facet.name) + "=x");
        EXPECT_EQ(request.filters.at(std::string(facet.name)), std::vector<std::string>{"x"}) << facet.name;
    }
}

TEST(SearchParams, RepeatedFacetValuesKeepOrderWithoutDuplicates) {
    const auto request = parse_ok("topic=b&topic=a&topic=b&topic=");
    EXPECT_EQ(request.filters.at("topic"), (std::vector<std::string>{"b", "a"}));
}

TEST(SearchParams, EmptyValuesMeanNotGiven) {
    const auto request = parse_ok("q=&cluster=&from=&to=&sort=&offset=&limit=");
    EXPECT_TRUE(request.filters.empty());
    EXPECT_FALSE(request.sort.has_value());
    EXPECT_EQ(request.limit, 10u);
}

TEST(SearchParams, NormalisesToNfc) {
    // "a" + combining ring above, as some systems type "å".
    EXPECT_EQ(parse_ok("q=a%CC%8A").query, "\xC3\xA5");
    EXPECT_EQ(parse_ok("region=a%CC%8A").filters.at("region"), std::vector<std::string>{"\xC3\xA5"});
}

TEST(SearchParams, SortValues) {
    EXPECT_EQ(parse_ok("sort=relevance").sort, SortOrder::relevance);
    EXPECT_EQ(parse_ok("sort=oldest").sort, SortOrder::oldest);
    EXPECT_EQ(blamed("sort=Newest"), "sort");
    EXPECT_EQ(blamed("sort=date"), "sort");
}

TEST(SearchParams, Dates) {
    EXPECT_EQ(parse_ok("from=2024-02-29").from, "2024-02-29");
    EXPECT_EQ(parse_ok("from=2000-02-29").from, "2000-02-29");
    EXPECT_EQ(parse_ok("to=2025-12-31&from=2025-12-31").to, "2025-12-31");
    for (const char* bad : {"2024-02-30", "2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31",
                            "2024-1-01", "24-01-01", "2024/01/01", "20240101", "2024-01-01T00:00", "0000-01-01",
                            "2024-01-0x", "+024-01-01"})
        EXPECT_EQ(blamed(std::string("from=") + bad), "from") << bad;
    EXPECT_EQ(blamed("to=2024-02-30"), "to");
    EXPECT_EQ(blamed("from=2025-02-01&to=2025-01-31"), "to");
}

TEST(SearchParams, IsCalendarDate) {
    EXPECT_TRUE(is_calendar_date("2024-02-29"));
    EXPECT_FALSE(is_calendar_date("2024-02-30"));
    EXPECT_TRUE(is_calendar_date("2025-04-30"));
    EXPECT_FALSE(is_calendar_date("2025-04-31"));
}

TEST(SearchParams, OffsetAndLimitBounds) {
    EXPECT_EQ(parse_ok("offset=0").offset, 0u);
    EXPECT_EQ(parse_ok("offset=10000").offset, 10000u);
    EXPECT_EQ(parse_ok("limit=1").limit, 1u);
    EXPECT_EQ(parse_ok("limit=007").limit, 7u);
    for (const char* bad : {"offset=-1", "offset=10001", "offset=1e3", "offset=+5", "offset=%205", "offset=5x",
                            "offset=99999999999999999999"})
        EXPECT_EQ(blamed(bad), "offset") << bad;
    for (const char* bad : {"limit=0", "limit=101", "limit=-10", "limit=ten", "limit=1.5"})
        EXPECT_EQ(blamed(bad), "limit") << bad;
}

TEST(SearchParams, RelatedItemsAreOnUnlessTurnedOff) {
    EXPECT_TRUE(parse_ok("q=demens").fill_with_related);
    EXPECT_TRUE(parse_ok("q=demens&related=1").fill_with_related);
    EXPECT_TRUE(parse_ok("q=demens&related=").fill_with_related) << "empty means not given";
    EXPECT_FALSE(parse_ok("q=demens&related=0").fill_with_related);
    EXPECT_EQ(blamed("related=nej"), "related");
    EXPECT_EQ(blamed("related=0&related=1"), "related");
    // Links built from a request keep the choice, and say nothing of the default.
    EXPECT_EQ(to_query_string(parse_ok("q=demens&related=0")), "q=demens&related=0");
    EXPECT_EQ(to_query_string(parse_ok("q=demens&related=1")), "q=demens");
}

TEST(SearchParams, SingleValuedParametersOnlyOnce) {
    for (const char* name : {"q", "from", "to", "sort", "offset", "limit"}) {
        const std::string value = std::string(name) == "from" || std::string(name) == "to" ? "2025-01-01"
                                  : std::string(name) == "sort"                            ? "newest"
                                                                                           : "5";
        const std::string query = std::string(name) + "=" + value + "&" + name + "=" + value;
        EXPECT_EQ(blamed(query), name) << query;
    }
}

TEST(SearchParams, UnknownParametersAreRejectedByName) {
    EXPECT_EQ(blamed("q=x&clustr=a"), "clustr");
    EXPECT_EQ(blamed("Q=x"), "Q");  // names are case-sensitive like the facet values
    EXPECT_EQ(blamed("page=2"), "page");
    auto parsed = parse("clustr=a");
    ASSERT_FALSE(parsed.ok());
    EXPECT_NE(parsed.error().message.find("cluster"), std::string::npos) << "message lists what is accepted";
}

TEST(SearchParams, TrackingParametersAreIgnored) {
    const auto request = parse_ok("q=x&utm_source=intranet&utm_campaign=nyhedsbrev&fbclid=1&gclid=2&msclkid=3&_=17");
    EXPECT_EQ(request.query, "x");
    EXPECT_TRUE(request.filters.empty());
}

TEST(SearchParams, SizeLimits) {
    EXPECT_EQ(parse_ok("q=" + std::string(SearchParamLimits::max_query_bytes, 'a')).query.size(),
              SearchParamLimits::max_query_bytes);
    EXPECT_EQ(blamed("q=" + std::string(SearchParamLimits::max_query_bytes + 1, 'a')), "q");
    EXPECT_EQ(blamed("topic=" + std::string(SearchParamLimits::max_value_bytes + 1, 'a')), "topic");
    std::string many;
    for (std::size_t i = 0; i <= SearchParamLimits::max_filter_values; ++i) many += "&project=p" + std::to_string(i);
    EXPECT_EQ(blamed(many), "project");
}

TEST(SearchParams, EncodingErrorsNameTheParameter) {
    EXPECT_EQ(blamed("q=%E6"), "q");
    EXPECT_EQ(blamed("from=2024%2"), "from");
}

TEST(RejectParams, AcceptsOnlyIgnoredOnes) {
    EXPECT_TRUE(reject_params({{"utm_medium", "x"}}).ok());
    auto rejected = reject_params({{"utm_medium", "x"}, {"q", "y"}});
    ASSERT_FALSE(rejected.ok());
    EXPECT_EQ(rejected.error().parameter, "q");
}

}  // namespace
}  // namespace rs::http
