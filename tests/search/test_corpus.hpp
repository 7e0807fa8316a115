#pragma once
// Minutes built in code for the index and search tests: a few hand-made helpers and a
// deterministic generator, plus brute-force answers computed from the same data.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <map>
#include <string>
#include <vector>

#include "schema/model.hpp"

namespace rs::indexer {
class IndexWriter;
}

namespace rs::test {

/// A meeting of `cluster`/`forum` on `date` read from `source` (default: derived from the rest).
schema::Meeting make_meeting(const std::string& cluster, const std::string& forum, const std::string& date,
                             const std::string& kind = schema::document_kind::referat, const std::string& source = "");

/// Item `number` of `meeting` titled `title`, with sections given as {name, text} pairs.
schema::AgendaItem make_item(const schema::Meeting& meeting, int number, const std::string& title,
                             const std::vector<std::pair<std::string, std::string>>& sections = {});

/// `items` as the minutes of `meeting`.
schema::Minutes make_minutes(const schema::Meeting& meeting, std::vector<schema::AgendaItem> items);

/// The word the generator puts into every third item's Beslutning: a text query with a known answer.
inline constexpr const char* marker_word = "markørord";

/// Meetings of several clusters, forums and dates with random facets, closed items and
/// the marker word; the same `seed` always gives the same minutes.
std::vector<schema::Minutes> generate_minutes(unsigned meetings, std::uint32_t seed);

/// Shards a new test index gets: REFERATSOG_TEST_SHARDS, or 1. CTest runs the search
/// tests once over one index and once over two shards (tests/CMakeLists.txt), as Xapian's
/// own harness runs its API tests over a multi-database: the same hits and counts.
std::size_t shards_under_test();

/// IndexWriters over every shard of an index, each file written to its meeting's shard
/// (schema::shard_of_meeting): a new index gets shards_under_test() shards, an existing
/// one keeps those it has.
class ShardedWriter {
public:
    explicit ShardedWriter(const std::filesystem::path& dir);
    ~ShardedWriter();
    void add_minutes(const schema::Minutes& minutes);
    void commit();

private:
    std::vector<std::unique_ptr<indexer::IndexWriter>> writers_;
};

/// Indexes `files` into the index at `dir` with a ShardedWriter and commits.
void write_index(const std::filesystem::path& dir, const std::vector<schema::Minutes>& files);

/// An open item with its meeting, as the brute force sees it.
struct Row {
    schema::Meeting meeting;
    schema::AgendaItem item;
};

/// Every item of `files` that the index should hold (open items; the generator makes no
/// agenda/minutes overlaps).
std::vector<Row> open_rows(const std::vector<schema::Minutes>& files);

/// The values of facet `name` of a row, read straight from the model.
std::vector<std::string> row_values(const Row& row, const std::string& name);

/// Brute-force facet counts of `name` over the rows for which `keep` is true.
std::map<std::string, std::uint64_t> brute_counts(const std::vector<Row>& rows, const std::string& name,
                                                  const std::function<bool(const Row&)>& keep);

/// True if the row has the marker word.
bool has_marker(const Row& row);

}  // namespace rs::test
