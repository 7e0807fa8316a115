#include "searchd/http/query_string.hpp"

#include <random>

#include <gtest/gtest.h>

namespace rs::http {
namespace {

std::vector<QueryParam> parse_ok(std::string_view query) {
    auto parsed = parse_query_string(query);
    EXPECT_TRUE(parsed.ok()) << query << ": " << (parsed.ok() ? "" : parsed.error().message);
    return parsed.ok() ? parsed.value() : std::vector<QueryParam>{};
}

TEST(SplitTarget, SplitsAtFirstQuestionMark) {
    EXPECT_EQ(split_target("/api/search?q=a?b").path, "/api/search");
    EXPECT_EQ(split_target("/api/search?q=a?b").query, "q=a?b");
    EXPECT_EQ(split_target("/api/health").query, "");
    EXPECT_EQ(split_target("/api/health?").query, "");
}

TEST(PercentDecode, DecodesEscapesAndPlus) {
    EXPECT_EQ(percent_decode("hofte%20brud", true), "hofte brud");
    EXPECT_EQ(percent_decode("hofte+brud", true), "hofte brud");
    EXPECT_EQ(percent_decode("hofte+brud", false), "hofte+brud");
    EXPECT_EQ(percent_decode("%2B%2b", true), "++");
    EXPECT_EQ(percent_decode("s%C3%B8nderjylland", true), "sønderjylland");
    EXPECT_EQ(percent_decode("", true), "");
}

TEST(PercentDecode, RejectsMalformedEscapes) {
    for (const char* bad : {"%", "%2", "a%", "%zz", "%2g", "100%", "%%41"})
        EXPECT_FALSE(percent_decode(bad, true)) << bad;
}

TEST(ParseQueryString, KeepsOrderAndRepeats) {
    const auto params = parse_ok("cluster=a&q=x&cluster=b&cluster=a");
    const std::vector<QueryParam> expected{{"cluster", "a"}, {"q", "x"}, {"cluster", "b"}, {"cluster", "a"}};
    EXPECT_EQ(params, expected);
}

TEST(ParseQueryString, EmptyPiecesAndMissingValues) {
    const std::vector<QueryParam> expected{{"a", "1"}, {"flag", ""}, {"b", ""}, {"c", "x=y"}};
    EXPECT_EQ(parse_ok("&a=1&&flag&b=&c=x=y&"), expected);
    EXPECT_TRUE(parse_ok("").empty());
}

TEST(ParseQueryString, DecodesNamesAndValues) {
    const std::vector<QueryParam> expected{{"q", "\"kom trygt hjem\" -demens"}, {"to", "2025-01-01"}};
    EXPECT_EQ(parse_ok("%71=%22kom+trygt%20hjem%22+-demens&to=2025-01-01"), expected);
    // An escaped '&' or '=' is data, not structure.
    const std::vector<QueryParam> data{{"q", "a&b=c"}};
    EXPECT_EQ(parse_ok("q=a%26b%3Dc"), data);
}

TEST(ParseQueryString, MalformedEscapeNamesTheParameter) {
    auto parsed = parse_query_string("limit=5&q=hofte%zzbrud");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().parameter, "q");
    EXPECT_NE(parsed.error().message.find("%"), std::string::npos);

    auto bad_name = parse_query_string("q%=1");
    ASSERT_FALSE(bad_name.ok());
    EXPECT_EQ(bad_name.error().parameter, "q%");
}

TEST(ParseQueryString, InvalidUtf8NamesTheParameter) {
    // %E6 alone is "æ" in Latin-1 but not UTF-8: refused rather than guessed.
    auto parsed = parse_query_string("cluster=%E6ldre");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().parameter, "cluster");
    EXPECT_NE(parsed.error().message.find("UTF-8"), std::string::npos);

    auto overlong = parse_query_string("q=%C0%AF");  // overlong "/"
    ASSERT_FALSE(overlong.ok());
    EXPECT_EQ(overlong.error().parameter, "q");

    EXPECT_FALSE(parse_query_string("%FF=1").ok());
}

TEST(DecodePath, KeepsPlusAndNamesWhat) {
    EXPECT_EQ(decode_path("a+b%2Fc", "id").value(), "a+b/c");
    auto bad = decode_path("a%2", "id");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().parameter, "id");
    EXPECT_FALSE(decode_path("%C3", "id").ok());
}

TEST(PercentEncodePath, LeavesIdCharactersAlone) {
    EXPECT_EQ(percent_encode_path("sundhedsklynge-lillebaelt/fagligt-strategisk-niveau/2024-03-01/4"),
              "sundhedsklynge-lillebaelt/fagligt-strategisk-niveau/2024-03-01/4");
    EXPECT_EQ(percent_encode_path("a b?c#d%e&ø"), "a%20b%3Fc%23d%25e%26%C3%B8");
}

// Property: for any bytes, encoding then decoding gives the bytes back, and the encoding
// uses only characters that need no further escaping.
TEST(PercentEncodePath, RoundTripsRandomBytes) {
    std::mt19937 random(12345);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> length(0, 40);
    for (int round = 0; round < 2000; ++round) {
        std::string text(static_cast<std::size_t>(length(random)), '\0');
        for (auto& c : text) c = static_cast<char>(byte(random));
        const std::string encoded = percent_encode_path(text);
        EXPECT_EQ(encoded.find_first_of(" ?#&+=\""), std::string::npos);
        EXPECT_EQ(percent_decode(encoded, false), text);
        EXPECT_EQ(percent_decode(encoded, true), text);
    }
}

// Property: the query-string parser never crashes and either fails or returns valid pairs
// on arbitrary input built from the characters that matter to it.
TEST(ParseQueryString, SurvivesRandomInput) {
    std::mt19937 random(6789);
    const std::string alphabet = "ab=&%+2F0zC3\xC3\xA6\xFF";
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(0, 30);
    for (int round = 0; round < 5000; ++round) {
        std::string query;
        for (int i = length(random); i > 0; --i) query.push_back(alphabet[pick(random)]);
        auto parsed = parse_query_string(query);
        if (!parsed.ok()) continue;
        for (const auto& param : parsed.value()) EXPECT_FALSE(param.name.empty() && param.value.empty());
    }
}

}  // namespace
}  // namespace rs::http
