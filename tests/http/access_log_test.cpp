// The access log: one line per request with time, client, method, path, status, size and
// duration; control characters escaped; no query string unless asked for, and then no CPR
// number.

#include <regex>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "searchd/http/log.hpp"

namespace rs::http {
namespace {

std::string line_for(std::string_view target, bool queries = true) {
    return access_log_line({"127.0.0.1", "GET", target, 200, 1234, 1.5}, LogOptions{queries});
}

TEST(AccessLog, OneLineWithTimeClientMethodPathStatusBytesAndDuration) {
    const std::string line = access_log_line({"10.0.0.7", "GET", "/api/search?q=demens", 200, 5120, 1.4249}, {});
    EXPECT_TRUE(std::regex_match(line, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z 10\.0\.0\.7 GET /api/search 200 5120 1\.42ms)")))
        << line;
    EXPECT_EQ(line.find("demens"), std::string::npos) << "no query string unless configured";
    EXPECT_NE(access_log_line({"", "", "", 400, 0, 0.1}, {}).find(" - - - 400 0 0.10ms"), std::string::npos);
}

TEST(AccessLog, EscapesControlCharacters) {
    EXPECT_NE(line_for("/api/search?q=a\nb").find(" GET /api/search?q=a\\x0ab 200 1234 1.50ms"), std::string::npos)
        << line_for("/api/search?q=a\nb");
    EXPECT_NE(line_for("/a\nb", false).find(" GET /a\\x0ab 200"), std::string::npos);
}

TEST(AccessLog, NeverWritesACprNumber) {
    for (const char* target : {"/api/search?q=010203-1234", "/?q=0102031234&cluster=x", "/?q=010203+1234",
                               "/?q=010203%201234", "/api/search?q=%30%31%30%32%30%33-1234"}) {
        const std::string line = line_for(target);
        EXPECT_EQ(line.find("1234 "), line.rfind("1234 ")) << line;  // only the byte count
        EXPECT_NE(line.find("[CPR-nummer]"), std::string::npos) << line;
        EXPECT_EQ(line_for(target, false).find("0102"), std::string::npos);
    }
    EXPECT_NE(line_for("/api/search?q=hoftebrud%202024").find(" /api/search?q=hoftebrud%202024 200"), std::string::npos)
        << "a target without a CPR number is logged as it came";
}

TEST(AccessLog, AsJsonLinesWithTheSameFieldsAndRules) {
    LogOptions options;
    options.json = true;
    const std::string line = access_log_line({"10.0.0.7", "GET", "/api/search?q=010203-1234", 200, 5120, 1.4249}, options);
    const auto entry = nlohmann::json::parse(line);
    EXPECT_TRUE(std::regex_match(entry.at("time").get<std::string>(), std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)")));
    EXPECT_EQ(entry.at("client"), "10.0.0.7");
    EXPECT_EQ(entry.at("method"), "GET");
    EXPECT_EQ(entry.at("path"), "/api/search") << "no query string unless configured";
    EXPECT_EQ(entry.at("status"), 200);
    EXPECT_EQ(entry.at("bytes"), 5120);
    EXPECT_DOUBLE_EQ(entry.at("ms").get<double>(), 1.42);
    EXPECT_EQ(line.find('\n'), std::string::npos);
    options.queries = true;
    const std::string with_query = access_log_line({"-", "GET", "/?q=010203-1234\n\xff", 200, 1, 1}, options);
    EXPECT_EQ(with_query.find("0102"), std::string::npos) << with_query;
    EXPECT_EQ(with_query.find('\n'), std::string::npos) << "a newline in the target is escaped";
    EXPECT_TRUE(nlohmann::json::accept(with_query)) << "invalid UTF-8 is replaced: " << with_query;
}

}  // namespace
}  // namespace rs::http
