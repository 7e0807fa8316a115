// searchd over an index of two shards, each built by `indexer build --shard K/2`, against
// searchd over one index of the same files: the same hits, totals and facet counts over
// HTTP, and health that reports both shards (Xapian 1.4 tells no revision of several).

#include <csignal>
#include <memory>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "schema/index_shards.hpp"
#include "tests/http/http_client.hpp"
#include "tests/http/searchd_process.hpp"
#include "tests/support/paths.hpp"

namespace rs::test {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

std::string build(const std::filesystem::path& index, const std::string& extra) {
    const auto result = run_command(indexer_binary().string() + " build --quiet " + extra + " --index '" +
                                    index.string() + "' '" + corpus_dir().string() + "'");
    return result.status == 0 ? std::string() : result.output;
}

// searchd on `index`, with a client to it.
class Served {
public:
    Served(const std::filesystem::path& index, const std::filesystem::path& log)
        : process_({"--index", index.string(), "--listen", "127.0.0.1:0", "--threads", "2"}, log), log_(log) {
        const std::string line = process_.first_line(30s);
        const std::string prefix = "searchd listening on ";
        if (line.rfind(prefix, 0) != 0) throw std::runtime_error("searchd did not start: " + read_file(log_));
        const auto [host, port] = split_url(line.substr(prefix.size()));
        client_ = std::make_unique<HttpClient>(host, port, 20s);
    }
    ~Served() {
        client_.reset();
        process_.signal(SIGTERM);
        process_.wait(15s);
    }
    std::string text(const std::string& target) {
        const auto reply = client_->get(target);
        EXPECT_EQ(reply.status, 200u) << target << ": " << reply.body;
        return reply.body;
    }
    json get(const std::string& target) { return json::parse(text(target)); }

private:
    SearchdProcess process_;
    std::filesystem::path log_;
    std::unique_ptr<HttpClient> client_;
};

std::set<std::string> hit_ids(const json& search) {
    std::set<std::string> ids;
    for (const auto& hit : search.at("hits")) ids.insert(hit.at("id").get<std::string>());
    return ids;
}

TEST(ShardedSearchd, AnswersAsOneIndexOfTheSameFiles) {
    const TempDir root;
    const auto whole = root.path() / "whole";
    const auto sharded = root.path() / "sharded";
    ASSERT_EQ(build(whole, ""), "");
    for (const char* shard : {"0", "1"})
        ASSERT_EQ(build(sharded / ("shard-" + std::string(shard)), std::string("--shard ") + shard + "/2"), "");
    schema::write_shard_stub(sharded, {"shard-0", "shard-1"});

    Served one(whole, root.path() / "one.log");
    Served two(sharded, root.path() / "two.log");
    const json health = two.get("/api/health");
    EXPECT_EQ(health.at("shards"), 2);
    EXPECT_EQ(health.at("items"), one.get("/api/health").at("items"));
    EXPECT_NE(health.at("revision").get<std::string>().find(':'), std::string::npos) << "one revision per shard";
    EXPECT_EQ(one.get("/api/health").at("shards"), 1);
    const std::string metrics = two.text("/metrics");
    EXPECT_NE(metrics.find("referatsog_index_revision{shard=\"0\"} "), std::string::npos) << metrics;
    EXPECT_NE(metrics.find("referatsog_index_revision{shard=\"1\"} "), std::string::npos) << metrics;

    for (const std::string query :
         {"", "q=hoftebrud", "q=demens%20og%20sygehus", "q=kommune&cluster=Sundhedsklynge%20Lilleb%C3%A6lt",
          "q=sundhed&sort=newest", "decision=godkendt&year=2024", "q=%22kom%20trygt%20hjem%22"}) {
        SCOPED_TRACE(query);
        const json a = one.get("/api/search?limit=100&" + query);
        const json b = two.get("/api/search?limit=100&" + query);
        EXPECT_EQ(b.at("total"), a.at("total"));
        EXPECT_EQ(hit_ids(b), hit_ids(a));
        EXPECT_EQ(b.at("facets"), a.at("facets"));
    }
    // The files were split, not copied: each shard holds some of the items, together all.
    const Xapian::Database first((sharded / "shard-0").string()), second((sharded / "shard-1").string());
    EXPECT_GT(first.get_doccount(), 0u);
    EXPECT_GT(second.get_doccount(), 0u);
    EXPECT_EQ(first.get_doccount() + second.get_doccount(), health.at("items").get<unsigned>());
}

}  // namespace
}  // namespace rs::test
