#pragma once
// Xapian databases for concurrent callers. A Xapian::Database must never be shared or
// even copied across threads (its reference counts are not atomic), so each caller
// borrows one for the length of a request, reopened at the latest commit. The index may
// be sharded (schema/index_shards.hpp): each database then reads every shard as one.

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include <xapian.h>

#include "searchd/search/sharded_database.hpp"

namespace rs::search {

/// Up to `size` databases over one index, lent to one caller at a time.
class DatabasePool {
public:
    /// Checks that `dir` holds an index of our schema version, every shard of it. Throws
    /// IndexUnavailable.
    DatabasePool(std::filesystem::path dir, unsigned size);
    DatabasePool(const DatabasePool&) = delete;
    DatabasePool& operator=(const DatabasePool&) = delete;

    /// One borrowed database; given back when the lease dies.
    class Lease {
    public:
        Lease(Lease&& other) noexcept;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        /// The database (every shard as one), for this lease's holder alone.
        Xapian::Database& database() { return database_->all(); }
        /// Names the revision the database is at (ShardedDatabase::revision_key).
        std::string revision_key() const { return database_->revision_key(); }
        /// Shards the database reads as one.
        std::size_t shard_count() const { return database_->shard_count(); }
        /// Moves the database to the latest commit (after DatabaseModifiedError).
        void reopen();

    private:
        friend class DatabasePool;
        Lease(DatabasePool& pool, std::unique_ptr<ShardedDatabase> database, std::uint64_t generation);
        DatabasePool* pool_;
        std::unique_ptr<ShardedDatabase> database_;
        std::uint64_t generation_;  ///< The pool's generation when the database was opened.
    };

    /// A database at the latest commit; waits while all `size` are lent. Throws IndexUnavailable.
    Lease acquire();

    /// The index directory.
    const std::filesystem::path& path() const { return dir_; }

    /// Opens the index from its path again: idle databases are closed now, lent ones when
    /// they come back, and every later lease opens afresh. For an index directory replaced
    /// whole (a new build moved into place), which reopen() of an open database never sees.
    /// Throws IndexUnavailable, changing nothing, if the path holds no readable index.
    void discard();

    /// A database of its own over every shard, at the latest commit, checked like the
    /// pool's. Throws IndexUnavailable.
    std::unique_ptr<ShardedDatabase> open() const;

private:
    void give_back(std::unique_ptr<ShardedDatabase> database, std::uint64_t generation);

    std::filesystem::path dir_;
    std::mutex mutex_;
    std::condition_variable returned_;
    std::vector<std::unique_ptr<ShardedDatabase>> idle_;  ///< Opened, not lent.
    unsigned unopened_;                                     ///< Databases that may still be opened.
    std::uint64_t generation_ = 0;                          ///< Raised by discard().
};

/// Throws IndexUnavailable unless every shard of `db` records the schema version searchd reads.
void check_schema_version(const ShardedDatabase& db, const std::filesystem::path& dir);

}  // namespace rs::search
