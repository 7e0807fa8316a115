// The stub that lists an index's shards, and the routing of meetings to shards.

#include <fstream>

#include <gtest/gtest.h>

#include "schema/index_shards.hpp"
#include "tests/support/paths.hpp"

namespace rs::test {
namespace {

void write(const std::filesystem::path& path, const std::string& text) { std::ofstream(path) << text; }

TEST(IndexShards, ADirectoryWithoutAStubIsItsOwnOnlyShard) {
    const TempDir dir;
    EXPECT_EQ(schema::index_shards(dir.path()), std::vector<std::filesystem::path>{dir.path()});
}

TEST(IndexShards, TheStubListsShardsInOrderRelativeToItsDirectory) {
    const TempDir dir;
    write(dir.path() / "XAPIANDB", "# shards\n\nauto shard-0\n  glass\t/srv/other  \n");
    EXPECT_EQ(schema::index_shards(dir.path()),
              (std::vector<std::filesystem::path>{dir.path() / "shard-0", "/srv/other"}));
}

TEST(IndexShards, WrittenStubsReadBack) {
    const TempDir dir;
    schema::write_shard_stub(dir.path(), {"a", "b", "c"});
    EXPECT_EQ(schema::index_shards(dir.path()),
              (std::vector<std::filesystem::path>{dir.path() / "a", dir.path() / "b", dir.path() / "c"}));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "XAPIANDB.new"));
}

TEST(IndexShards, AStubItCannotReadIsAnErrorNamingFileAndLine) {
    const TempDir dir;
    const auto expect_error = [&](const std::string& text, const std::string& said) {
        write(dir.path() / "XAPIANDB", text);
        try {
            schema::index_shards(dir.path());
            ADD_FAILURE() << "no error for: " << text;
        } catch (const schema::ShardStubError& e) {
            EXPECT_NE(std::string(e.what()).find(said), std::string::npos) << e.what();
        }
    };
    expect_error("auto a\nremote localhost:7000\n", "XAPIANDB:2: \"remote\" shards are not supported");
    expect_error("auto\n", "XAPIANDB:1: the shard's path is missing");
    expect_error("# nothing\n", "lists no shard");
}

TEST(ShardOfMeeting, IsStableInRangeAndSpreadsMeetings) {
    EXPECT_EQ(schema::shard_of_meeting("any/meeting/2024-01-01", 1), 0u);
    // The routing is part of every sharded index on disk: it must never change (FNV-1a of
    // the key, computed apart from this code).
    EXPECT_EQ(schema::shard_of_meeting("aarhusklyngen/klyngestyregruppe/2025-06-12", 7), 5u);
    EXPECT_EQ(schema::shard_of_meeting("aarhusklyngen/klyngestyregruppe/2025-06-12", 2), 1u);
    EXPECT_EQ(schema::shard_of_meeting("randersklyngen/politisk-niveau/2024-11-20", 7), 2u);
    std::vector<int> per_shard(3);
    for (int day = 0; day < 900; ++day) {
        const auto shard = schema::shard_of_meeting("klynge/forum/" + std::to_string(day), 3);
        ASSERT_LT(shard, 3u);
        ++per_shard[shard];
    }
    for (const int count : per_shard) EXPECT_GT(count, 240) << "each of 3 shards gets about a third";
}

}  // namespace
}  // namespace rs::test
