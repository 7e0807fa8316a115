#pragma once
// Xapian databases for concurrent callers. A Xapian::Database must never be shared or
// even copied across threads (its reference counts are not atomic), so each caller
// borrows one for the length of a request, reopened at the latest commit.

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include <xapian.h>

namespace rs::search {

/// Up to `size` databases over one index, lent to one caller at a time.
class DatabasePool {
public:
    /// Checks that `dir` holds an index of our schema version. Throws IndexUnavailable.
    DatabasePool(std::filesystem::path dir, unsigned size);
    DatabasePool(const DatabasePool&) = delete;
    DatabasePool& operator=(const DatabasePool&) = delete;

    /// One borrowed database; given back when the lease dies.
    class Lease {
    public:
        Lease(Lease&& other) noexcept;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        /// The database, for this lease's holder alone.
        Xapian::Database& database() { return *database_; }
        /// Moves the database to the latest commit (after DatabaseModifiedError).
        void reopen();

    private:
        friend class DatabasePool;
        Lease(DatabasePool& pool, std::unique_ptr<Xapian::Database> database, std::uint64_t generation);
        DatabasePool* pool_;
        std::unique_ptr<Xapian::Database> database_;
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

private:
    std::unique_ptr<Xapian::Database> open() const;
    void give_back(std::unique_ptr<Xapian::Database> database, std::uint64_t generation);

    std::filesystem::path dir_;
    std::mutex mutex_;
    std::condition_variable returned_;
    std::vector<std::unique_ptr<Xapian::Database>> idle_;  ///< Opened, not lent.
    unsigned unopened_;                                     ///< Databases that may still be opened.
    std::uint64_t generation_ = 0;                          ///< Raised by discard().
};

/// Throws IndexUnavailable unless `db` records the schema version searchd reads.
void check_schema_version(const Xapian::Database& db, const std::filesystem::path& dir);

}  // namespace rs::search
