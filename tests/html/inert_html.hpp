#pragma once
// Hostile minutes text and the check that a page made from it stays harmless: shared by
// the renderer tests of every page.

#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "searchd/http/response.hpp"

namespace rs::test {

inline constexpr const char* hostile_script = "<script>window.__pwned=1</script>";
inline constexpr const char* hostile_attribute = "\" onmouseover=\"window.__pwned=1";
inline constexpr const char* hostile_link = "javascript:window.__pwned=1";
inline constexpr const char* hostile_cdata_end = "]]>";

/// `prefix` followed by markup, an attribute break-out, a script URL, a CDATA end and a
/// spreadsheet formula.
inline std::string hostile(const std::string& prefix) {
    return prefix + " " + hostile_script + " " + hostile_attribute + " " + hostile_link + " " + hostile_cdata_end +
           " '=HYPERLINK(\"x\")";
}

/// No element or attribute made from the minutes: the only raw markers are escaped, and
/// the page carries our scripts only, no inline style and the page CSP.
inline void expect_inert_html(const http::Response& response) {
    const std::string& body = response.body;
    EXPECT_EQ(response.status, 200u) << body.substr(0, 500);
    EXPECT_EQ(body.find("<script>"), std::string::npos);
    EXPECT_EQ(body.find("onmouseover=\""), std::string::npos);
    EXPECT_EQ(body.find("href=\"javascript"), std::string::npos);
    EXPECT_EQ(body.find("=\"window"), std::string::npos);
    EXPECT_NE(body.find("&lt;script&gt;"), std::string::npos) << "the text is still shown";
    const std::regex script_tag("<script[^>]*>");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), script_tag); it != std::sregex_iterator(); ++it)
        EXPECT_TRUE(it->str().starts_with("<script src=\"/static/search.js?v=") ||
                    it->str().starts_with("<script src=\"/static/suggest.js?v=") ||
                    it->str().starts_with("<script src=\"/static/copy_link.js?v="))
            << it->str();
    EXPECT_EQ(body.find("style="), std::string::npos) << "no inline style: the CSP forbids it";
    EXPECT_EQ(std::string(response.header("Content-Security-Policy")), std::string(http::page_security_policy));
}

}  // namespace rs::test
