// indexer build --shard K/N: each shard holds exactly the files of its meetings, and a
// file whose meeting moves to another shard leaves its old one.

#include <fstream>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>
#include <xapian.h>

#include "indexer/index/build.hpp"
#include "schema/ids.hpp"
#include "schema/index_shards.hpp"
#include "tests/search/test_corpus.hpp"
#include "tests/support/paths.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;

// "YYYY-MM-DD" in a file becomes that day's meeting of one cluster, with one item.
indexer::MinutesReader dated_reader() {
    return [](std::string_view bytes, const fs::path&) {
        auto meeting = make_meeting("Randersklyngen", "Politisk niveau", std::string(bytes.substr(0, 10)), "referat", "x");
        return make_minutes(meeting, {make_item(meeting, 1, "Demens")});
    };
}

std::size_t shard_of_date(const std::string& date) {
    return schema::shard_of_meeting(schema::meeting_key(make_meeting("Randersklyngen", "Politisk niveau", date)), 2);
}

// The first day of 2024 from `day` whose meeting belongs to `shard`.
std::string date_in_shard(std::size_t shard, int day = 1) {
    for (; day <= 12 * 28; ++day) {
        const int month = 1 + (day - 1) / 28, of_month = 1 + (day - 1) % 28;
        const std::string date = "2024-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-" +
                                 (of_month < 10 ? "0" : "") + std::to_string(of_month);
        if (shard_of_date(date) == shard) return date;
    }
    throw std::logic_error("no day of 2024 in shard " + std::to_string(shard));
}

std::uint64_t items(const fs::path& index) { return Xapian::Database(index.string()).get_doccount(); }

class ShardBuild : public ::testing::Test {
protected:
    void write(const std::string& name, const std::string& content) { std::ofstream(corpus_.path() / name) << content; }
    indexer::BuildReport build(std::size_t shard) {
        indexer::BuildOptions options;
        options.shard = shard;
        options.shard_count = 2;
        return indexer::build_index_with(shards_.path() / ("shard-" + std::to_string(shard)), {corpus_.path()},
                                         dated_reader(), options);
    }
    TempDir corpus_;
    TempDir shards_;
};

TEST_F(ShardBuild, EachShardHoldsTheFilesOfItsMeetings) {
    write("a.txt", date_in_shard(0));
    write("b.txt", date_in_shard(0, 40));
    write("c.txt", date_in_shard(1));
    const auto first = build(0);
    const auto second = build(1);
    EXPECT_EQ(first.files_other_shard, 1u);
    EXPECT_EQ(second.files_other_shard, 2u);
    EXPECT_EQ(items(shards_.path() / "shard-0"), 2u);
    EXPECT_EQ(items(shards_.path() / "shard-1"), 1u);
}

TEST_F(ShardBuild, AFileWhoseMeetingMovesLeavesItsOldShard) {
    write("a.txt", date_in_shard(0));
    build(0);
    build(1);
    ASSERT_EQ(items(shards_.path() / "shard-0"), 1u);
    write("a.txt", date_in_shard(1));  // a corrected date: another meeting, another shard
    const auto old_shard = build(0);
    build(1);
    EXPECT_EQ(old_shard.items_deleted, 1u);
    EXPECT_EQ(items(shards_.path() / "shard-0"), 0u);
    EXPECT_EQ(items(shards_.path() / "shard-1"), 1u);
}

}  // namespace
}  // namespace rs::test
