#pragma once
// The router without a server: a fake search service, requests in, responses out. Shared
// by the router's tests of the endpoints (router_test.cpp) and of the protocol around
// them (router_protocol_test.cpp).

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "searchd/http/router.hpp"
#include "tests/http/fake_search_service.hpp"

namespace rs::http {

using nlohmann::json;

class RouterTest : public ::testing::Test {
protected:
    RouterTest() {
        service_.result.total = 12;
        service_.result.took_ms = 1.4049;
        service_.result.hits = {test::sample_hit(3, "… <mark>hoftebrud</mark> …"), test::sample_hit(4, "")};
        service_.result.facets["cluster"] = {{"Sundhedsklynge Sønderjylland", 3}};
        service_.result.facets["topic"] = {{"Ældre", 2}, {"Genoptræning", 1}};

        search::ItemDetail detail;
        const auto hit = test::sample_hit(4, "");
        detail.meeting = hit.meeting;
        detail.item = hit.item;
        detail.item.sub = "a";
        detail.item.id += "a";
        detail.meeting_items = {{hit.item.id.substr(0, hit.item.id.size() - 1) + "3", 3, "", "Velkomst"},
                                {detail.item.id, 4, "a", detail.item.title}};
        service_.detail = detail;
    }

    Response get(std::string target, std::string method = "GET", HeaderList headers = {}) {
        return handle_request(Request{std::move(method), std::move(target), std::move(headers)}, service_, site_);
    }

    static json body(const Response& response) { return json::parse(response.body); }

    // Checks the error envelope and returns the error object.
    static json error_of(const Response& response, unsigned status, std::string_view code) {
        EXPECT_EQ(response.status, status) << response.body;
        const json error = body(response).at("error");
        EXPECT_EQ(error.at("code"), code);
        EXPECT_TRUE(error.at("message").is_string());
        EXPECT_FALSE(error.at("message").get<std::string>().empty());
        return error;
    }

    test::FakeSearchService service_;
    SiteOptions site_;
};

}  // namespace rs::http
