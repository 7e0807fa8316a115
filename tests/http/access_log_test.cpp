// The access log: one line per request, control characters escaped, no CPR number.

#include <gtest/gtest.h>

#include "searchd/http/log.hpp"

namespace rs::http {
namespace {

TEST(AccessLog, EscapesControlCharacters) {
    EXPECT_EQ(access_log_line("GET", "/api/search?q=a\nb", 200, 1.5), "GET /api/search?q=a\\x0ab 200 1.50ms");
}

TEST(AccessLog, NeverWritesACprNumber) {
    for (const char* target : {"/api/search?q=010203-1234", "/?q=0102031234&cluster=x", "/?q=010203+1234",
                               "/?q=010203%201234", "/api/search?q=%30%31%30%32%30%33-1234"}) {
        const std::string line = access_log_line("GET", target, 200, 1.0);
        EXPECT_EQ(line.find("1234"), std::string::npos) << line;
        EXPECT_NE(line.find("[CPR-nummer]"), std::string::npos) << line;
    }
    EXPECT_EQ(access_log_line("GET", "/api/search?q=hoftebrud%202024", 200, 1.0),
              "GET /api/search?q=hoftebrud%202024 200 1.00ms")
        << "a target without a CPR number is logged as it came";
}

}  // namespace
}  // namespace rs::http
