// The access log: one line per request with time, client, method, path, status, size and
// duration; control characters escaped; no query string unless asked for, and then no CPR
// number.

#include <regex>

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace rs::http
