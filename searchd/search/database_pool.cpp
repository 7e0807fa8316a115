#include "searchd/search/database_pool.hpp"

#include "searchd/search/retry.hpp"

#include <string>

#include "schema/fields.hpp"
#include "schema/index_shards.hpp"
#include "searchd/search/search_service.hpp"

namespace rs::search {

void check_schema_version(const ShardedDatabase& db, const std::filesystem::path& dir) {
    for (std::size_t i = 0; i < db.shard_count(); ++i) {
        const std::string found = db.shard(i).get_metadata(std::string(schema::schema_version_key));
        if (found == schema::schema_version) continue;
        const std::string which = db.shard_count() == 1 ? "" : " (shard " + std::to_string(i + 1) + ")";
        throw IndexUnavailable("index " + dir.string() + which +
                               (found.empty() ? std::string(" is not a Referatsøg index")
                                              : " has schema version " + found) +
                               "; searchd reads version " + std::string(schema::schema_version) + ": rebuild the index");
    }
}

DatabasePool::DatabasePool(std::filesystem::path dir, unsigned size)
    : dir_(std::move(dir)), unopened_(size == 0 ? 1 : size) {
    idle_.push_back(open());
    --unopened_;
}

std::unique_ptr<ShardedDatabase> DatabasePool::open() const {
    std::unique_ptr<ShardedDatabase> db;
    try {
        db = std::make_unique<ShardedDatabase>(schema::index_shards(dir_));
        check_schema_version(*db, dir_);
    } catch (const schema::ShardStubError& e) {
        throw IndexUnavailable(std::string("cannot open index: ") + e.what());
    } catch (const Xapian::Error& e) {
        throw IndexUnavailable("cannot open index " + dir_.string() + ": " + e.get_description());
    }
    return db;
}

DatabasePool::Lease DatabasePool::acquire() {
    std::unique_ptr<ShardedDatabase> db;
    std::uint64_t generation = 0;
    {
        std::unique_lock lock(mutex_);
        returned_.wait(lock, [this] { return !idle_.empty() || unopened_ > 0; });
        if (!idle_.empty()) {
            db = std::move(idle_.back());
            idle_.pop_back();
        } else {
            --unopened_;
        }
        generation = generation_;
    }
    if (!db) {
        try {
            db = open();
        } catch (...) {
            std::lock_guard lock(mutex_);
            ++unopened_;
            returned_.notify_one();
            throw;
        }
    }
    Lease lease(*this, std::move(db), generation);
    lease.reopen();
    return lease;
}

void DatabasePool::give_back(std::unique_ptr<ShardedDatabase> database, std::uint64_t generation) {
    std::unique_ptr<ShardedDatabase> closing;  // closed outside the lock
    {
        std::lock_guard lock(mutex_);
        if (generation == generation_) {
            idle_.push_back(std::move(database));
        } else {
            closing = std::move(database);
            ++unopened_;
        }
    }
    returned_.notify_one();
}

void DatabasePool::discard() {
    // The new index must open before the old databases go: a bad path changes nothing.
    auto fresh = open();
    std::vector<std::unique_ptr<ShardedDatabase>> closing;
    {
        std::lock_guard lock(mutex_);
        ++generation_;
        unopened_ += static_cast<unsigned>(idle_.size());
        closing.swap(idle_);
        // The fresh database takes a free place; with every database lent it only proved the path.
        if (unopened_ > 0) {
            idle_.push_back(std::move(fresh));
            --unopened_;
        }
    }
    returned_.notify_all();
}

DatabasePool::Lease::Lease(DatabasePool& pool, std::unique_ptr<ShardedDatabase> database, std::uint64_t generation)
    : pool_(&pool), database_(std::move(database)), generation_(generation) {}

DatabasePool::Lease::Lease(Lease&& other) noexcept
    : pool_(other.pool_), database_(std::move(other.database_)), generation_(other.generation_) {}

DatabasePool::Lease::~Lease() {
    if (database_) pool_->give_back(std::move(database_), generation_);
}

void DatabasePool::Lease::reopen() {
    // The writer may commit again while we reopen and read the schema version: that is a
    // DatabaseModifiedError like any other, answered by reopening once more.
    for (unsigned attempt = 1;; ++attempt) {
        try {
            // reopen() is cheap when nothing changed (≈6 µs); only a new revision needs the check.
            if (database_->reopen()) check_schema_version(*database_, pool_->dir_);
            return;
        } catch (const Xapian::DatabaseModifiedError& e) {
            if (attempt >= max_request_attempts)
                throw IndexUnavailable("the index kept changing while reopening " + pool_->dir_.string() + ": " +
                                       e.get_description());
        } catch (const Xapian::Error& e) {
            throw IndexUnavailable("cannot reopen index " + pool_->dir_.string() + ": " + e.get_description());
        }
    }
}

}  // namespace rs::search
