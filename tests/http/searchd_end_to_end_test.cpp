// The real binaries: `indexer build` makes an index of corpus/, searchd serves it on a free
// port, and HTTP round trips check the API as deployed. Needs the indexer CLI and the
// Xapian search service.

#include <csignal>
#include <map>
#include <memory>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/http/http_client.hpp"
#include "tests/http/searchd_process.hpp"
#include "tests/support/paths.hpp"

namespace rs::test {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

class SearchdEndToEnd : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        index_root_ = new TempDir();
        const auto index = index_dir();
        const auto result = run_command(indexer_binary().string() + " build --index '" + index.string() + "' '" +
                                        corpus_dir().string() + "'");
        index_ok_ = result.status == 0;
        index_output_ = result.output;
    }

    static void TearDownTestSuite() {
        delete index_root_;
        index_root_ = nullptr;
    }

    static std::filesystem::path index_dir() { return index_root_->path() / "index"; }

    void SetUp() override {
        ASSERT_TRUE(index_ok_) << "indexer build failed:\n" << index_output_;
        log_dir_ = std::make_unique<TempDir>();
        searchd_ = std::make_unique<SearchdProcess>(
            std::vector<std::string>{"--index", index_dir().string(), "--listen", "127.0.0.1:0", "--threads", "2"},
            log_dir_->path() / "stderr.log");
        const std::string line = searchd_->first_line(30s);
        const std::string prefix = "searchd listening on ";
        ASSERT_EQ(line.rfind(prefix, 0), 0u) << "first line: \"" << line << "\"\nstderr:\n" << stderr_log();
        std::tie(host_, port_) = split_url(line.substr(prefix.size()));
        ASSERT_EQ(host_, "127.0.0.1");
        ASSERT_NE(port_, 0);
        client_ = std::make_unique<HttpClient>(host_, port_, 20s);
    }

    void TearDown() override {
        client_.reset();
        if (!searchd_) return;
        searchd_->signal(SIGTERM);
        EXPECT_EQ(searchd_->wait(15s), 0) << "searchd did not exit cleanly on SIGTERM\nstderr:\n" << stderr_log();
    }

    std::string stderr_log() const { return read_file(log_dir_->path() / "stderr.log"); }

    HttpReply get(const std::string& target) { return client_->get(target); }

    static json body(const HttpReply& reply) { return json::parse(reply.body); }

    static inline TempDir* index_root_ = nullptr;
    static inline bool index_ok_ = false;
    static inline std::string index_output_;

    std::unique_ptr<TempDir> log_dir_;
    std::unique_ptr<SearchdProcess> searchd_;
    std::unique_ptr<HttpClient> client_;
    std::string host_;
    unsigned short port_ = 0;
};

TEST_F(SearchdEndToEnd, Health) {
    const auto reply = get("/api/health");
    ASSERT_EQ(reply.status, 200u) << reply.body;
    const json out = body(reply);
    EXPECT_EQ(out.at("status"), "ok");
    EXPECT_GT(out.at("items").get<long>(), 0);
    EXPECT_TRUE(out.contains("revision"));
}

TEST_F(SearchdEndToEnd, SearchFindsAndHighlights) {
    const auto reply = get("/api/search?q=hoftebrud");
    ASSERT_EQ(reply.status, 200u) << reply.body;
    EXPECT_EQ(reply.header("content-type"), "application/json; charset=utf-8");
    const json out = body(reply);
    EXPECT_GT(out.at("total").get<long>(), 0);
    ASSERT_FALSE(out.at("hits").empty());
    bool marked = false;
    for (const auto& hit : out.at("hits")) {
        marked = marked || hit.at("snippet").get<std::string>().find("<mark>") != std::string::npos;
        EXPECT_EQ(hit.at("url"), "/api/items/" + hit.at("id").get<std::string>());
    }
    EXPECT_TRUE(marked) << "no snippet highlights hoftebrud:\n" << out.at("hits").dump(2);
    for (const char* facet : {"cluster", "region", "forum", "type", "decision", "topic", "project", "year", "kind"})
        EXPECT_TRUE(out.at("facets").contains(facet)) << facet;
}

TEST_F(SearchdEndToEnd, HoftebrudFindsTheThreeHipFractureItemsAndAClusterNarrowsThem) {
    std::map<std::string, std::uint64_t> expected_clusters{
        {"Randersklyngen", 1}, {"Sundhedsklynge Lillebælt", 1}, {"Sundhedsklynge Sønderjylland", 1}};
    const json all = body(get("/api/search?q=hoftebrud"));
    std::set<std::string> top;
    for (std::size_t i = 0; i < all.at("hits").size() && i < 3; ++i)
        top.insert(all.at("hits").at(i).at("cluster").get<std::string>());
    EXPECT_EQ(top, (std::set<std::string>{"Randersklyngen", "Sundhedsklynge Lillebælt", "Sundhedsklynge Sønderjylland"}));

    // Lillebælt selected: the hits narrow to it, the cluster facet still offers the others.
    const json narrowed = body(get("/api/search?q=hoftebrud&cluster=Sundhedsklynge%20Lilleb%C3%A6lt"));
    ASSERT_EQ(narrowed.at("total").get<std::uint64_t>(), 1u) << narrowed.dump(2);
    EXPECT_EQ(narrowed.at("hits").at(0).at("cluster"), "Sundhedsklynge Lillebælt");
    EXPECT_NE(narrowed.at("hits").at(0).at("snippet").get<std::string>().find("<mark>"), std::string::npos);
    std::map<std::string, std::uint64_t> clusters;
    for (const auto& value : narrowed.at("facets").at("cluster"))
        clusters[value.at("value").get<std::string>()] = value.at("count").get<std::uint64_t>();
    for (const auto& [cluster, count] : expected_clusters) EXPECT_GE(clusters[cluster], count) << cluster;
    // Other facets are narrowed by the cluster selection.
    for (const auto& value : narrowed.at("facets").at("region"))
        EXPECT_EQ(value.at("value"), "Region Syddanmark");
}

TEST_F(SearchdEndToEnd, FirstHitOpensAsAnItem) {
    const json search = body(get("/api/search?q=hoftebrud&limit=1"));
    ASSERT_FALSE(search.at("hits").empty());
    const json& hit = search.at("hits").at(0);
    const auto reply = get(hit.at("url").get<std::string>());
    ASSERT_EQ(reply.status, 200u) << reply.body;
    const json item = body(reply);
    EXPECT_EQ(item.at("id"), hit.at("id"));
    EXPECT_FALSE(item.at("sections").empty());
    EXPECT_EQ(item.at("meeting").at("date"), hit.at("date"));
    EXPECT_FALSE(item.at("meeting").at("items").empty());
}

TEST_F(SearchdEndToEnd, DanglingOperatorIsNotAServerError) {
    // Malformed queries are answered, or refused naming q when no word is left ("\"").
    for (const char* query : {"kommune%20AND", "%22", "((", "OR", "NOT%20kommune", "a..b", "%22kommune"}) {
        const auto reply = get(std::string("/api/search?q=") + query);
        ASSERT_TRUE(reply.status == 200u || reply.status == 400u) << query << ": " << reply.body;
        if (reply.status == 400u) {
            EXPECT_EQ(body(reply).at("error").at("parameter"), "q") << query;
        }
    }
    // A dangling operator is read as the plain words, and the user is told so.
    const json out = body(get("/api/search?q=kommune%20AND"));
    EXPECT_GT(out.at("total").get<long>(), 0);
    EXPECT_TRUE(out.contains("query_note")) << out.dump();
}

TEST_F(SearchdEndToEnd, UnknownItemIs404) {
    const auto reply = get("/api/items/sundhedsklynge-findes-ikke/politisk-niveau/2024-03-01/4");
    EXPECT_EQ(reply.status, 404u);
    EXPECT_EQ(body(reply).at("error").at("code"), "not_found");
}

TEST_F(SearchdEndToEnd, BadDateIs400NamingFrom) {
    const auto reply = get("/api/search?q=hoftebrud&from=2024-02-30");
    EXPECT_EQ(reply.status, 400u);
    EXPECT_EQ(body(reply).at("error").at("parameter"), "from");
}

TEST_F(SearchdEndToEnd, LogsOneLinePerRequest) {
    EXPECT_EQ(get("/api/health?utm_source=test").status, 200u);
    client_.reset();
    searchd_->signal(SIGTERM);
    EXPECT_EQ(searchd_->wait(15s), 0);
    searchd_.reset();
    const std::string log = stderr_log();
    // Time, client, method, path without its query string, status, bytes, duration.
    EXPECT_NE(log.find("Z 127.0.0.1 GET /api/health 200 "), std::string::npos) << log;
    EXPECT_EQ(log.find("utm_source"), std::string::npos) << "query strings are not logged by default";
}

TEST_F(SearchdEndToEnd, SigintAlsoStopsCleanly) {
    client_.reset();
    searchd_->signal(SIGINT);
    EXPECT_EQ(searchd_->wait(15s), 0) << stderr_log();
    searchd_.reset();
}

}  // namespace
}  // namespace rs::test
