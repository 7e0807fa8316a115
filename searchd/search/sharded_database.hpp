#pragma once
// One reader over an index of one or more shards (schema/index_shards.hpp): every shard as
// one Xapian::Database, through Database::add_database, and each shard on its own for what
// Xapian 1.4 answers only per shard: get_revision() throws on a database of several, and
// metadata (schema version, build state) is read from the first alone.
//
// The combined database shares each shard's internals with the per-shard handles, so one
// reopen() moves both, and like any Xapian::Database it belongs to one thread at a time.

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/build_state.hpp"

namespace rs::search {

class ShardedDatabase {
public:
    /// Opens every shard of `shards` (none may be missing). Throws Xapian::Error.
    explicit ShardedDatabase(const std::vector<std::filesystem::path>& shards);

    /// Every shard as one: docids interleave (Xapian's multi-database numbering), term
    /// statistics are the whole index's, so weights equal those of one index of it all.
    Xapian::Database& all() { return all_; }
    const Xapian::Database& all() const { return all_; }

    /// Moves every shard to its latest commit; true if any changed.
    bool reopen();

    std::size_t shard_count() const { return shards_.size(); }
    const Xapian::Database& shard(std::size_t i) const { return shards_[i]; }

    /// Each shard's revision, "12" or "12:7": changes with every commit of any shard.
    std::string revision() const;
    /// Each shard's UUID and revision: names one state of the whole index even across a
    /// rebuild in the same place (a new index starts again at revision 1).
    std::string revision_key() const;

    /// The build state of the whole index: complete when every shard's is, files summed,
    /// started at the earliest start, finished at the latest finish.
    schema::BuildState build_state() const;

private:
    std::vector<Xapian::Database> shards_;
    Xapian::Database all_;
};

}  // namespace rs::search
