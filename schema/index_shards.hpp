#pragma once
// An index of several shards, as Xapian itself names one: a stub database, a directory
// holding a file XAPIANDB with one line per shard ("auto shard-0"; a relative path is read
// from the stub's directory). A directory without one is an index of one shard, itself.
//
// Every agenda item of a meeting, agenda and minutes alike, belongs to one shard
// (shard_of_meeting): the rules that let minutes replace their agenda and delete its
// stale items then hold within each shard, and a meeting is never counted twice.

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace rs::schema {

/// The file in an index directory that lists its shards (Xapian's stub file name).
inline constexpr std::string_view shard_stub_name = "XAPIANDB";

/// A stub that cannot be read; what() names the file and line.
class ShardStubError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The shards of the index at `index`: the paths its stub lists, in order, or `index`
/// alone when it holds no stub. Throws ShardStubError.
std::vector<std::filesystem::path> index_shards(const std::filesystem::path& index);

/// Writes the stub of `index` listing `shards` (paths relative to `index`), replacing any
/// stub there at once (a reader sees the old list or the new one, never half of one).
void write_shard_stub(const std::filesystem::path& index, const std::vector<std::filesystem::path>& shards);

/// The shard, of `shard_count`, that holds every item of the meeting keyed `meeting_key`
/// (a stable hash: the same key always goes to the same shard, on every machine).
std::size_t shard_of_meeting(std::string_view meeting_key, std::size_t shard_count);

}  // namespace rs::schema
