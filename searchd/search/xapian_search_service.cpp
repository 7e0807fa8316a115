#include "searchd/search/xapian_search_service.hpp"

#include <chrono>
#include <mutex>
#include <string>

#include <xapian.h>

#include "schema/analysis/decompounder.hpp"
#include "schema/build_state.hpp"
#include "schema/document_data.hpp"
#include "searchd/search/coverage_reader.hpp"
#include "searchd/search/database_pool.hpp"
#include "searchd/search/facet_counter.hpp"
#include "searchd/search/item_reader.hpp"
#include "searchd/search/related_finder.hpp"
#include "searchd/search/retry.hpp"
#include "searchd/search/searcher.hpp"
#include "searchd/search/suggester.hpp"

namespace rs::search {

namespace {
/// Runs of one search that may count facets from in-memory columns (see search()).
constexpr unsigned columns_attempts = 2;

class XapianSearchService final : public SearchService {
public:
    XapianSearchService(const std::filesystem::path& index_dir, unsigned max_threads)
        : pool_(index_dir, max_threads), counter_(make_column_facet_counter()), slot_counter_(make_slot_facet_counter()) {
        warm_up();
    }

    SearchResult search(const SearchRequest& request) override {
        const auto started = std::chrono::steady_clock::now();
        unsigned runs = 0;
        SearchResult result = with_lease([&](DatabasePool::Lease& lease) {
            // Columns are built once per revision, which widens the window in which a
            // commit can interrupt the request. A writer committing faster than that
            // would starve it (seen under AddressSanitizer): after two interrupted runs,
            // count from the value slots, which read nothing before the match.
            // Over several shards, too: Xapian 1.4 gives a match decider the document's
            // docid within its shard, not which shard (matcher/valuestreamdocument.h), so
            // no docid-keyed column can be read; the values read per document can.
            const bool columns = ++runs <= columns_attempts && lease.shard_count() == 1;
            const FacetCounter& counter = columns ? *counter_ : *slot_counter_;
            return run_search(lease.database(), lease.revision_key(), request, counter);
        });
        result.took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        return result;
    }

    std::optional<ItemDetail> item(std::string_view id, std::string_view highlight) override {
        return with_database([&](Xapian::Database& db) { return read_item(db, id, highlight); });
    }

    Comparison compare(const SearchRequest& request) override {
        SearchRequest rows = request;
        rows.purpose = SearchPurpose::export_rows;
        rows.sort = SortOrder::oldest;
        return compare_by_body(search(rows));
    }

    std::optional<MeetingDetail> meeting(std::string_view key) override {
        return with_database([&](Xapian::Database& db) { return read_meeting(db, key); });
    }

    std::optional<RelatedItems> related(std::string_view id, const RelatedRequest& request) override {
        if (request.similar_limit > RelatedRequest::max_limit)
            throw InvalidRequest("limit", "at most " + std::to_string(RelatedRequest::max_limit) + " similar items");
        return with_database([&](Xapian::Database& db) { return find_related(db, id, request); });
    }

    Coverage coverage(const CoverageRequest& request) override {
        return with_database([&](Xapian::Database& db) { return read_coverage(db, request); });
    }

    std::vector<Suggestion> suggest(const SuggestRequest& request) override {
        return with_database([&](Xapian::Database& db) { return search::suggest(db, request); });
    }

    IndexStatus reload() override {
        pool_.discard();
        {
            const std::lock_guard lock(status_mutex_);
            status_db_.reset();
        }
        return status();
    }

    IndexStatus status() override {
        // Its own database, not one from the pool: health checks answer at once even
        // while every pooled database is busy with a long search.
        const std::lock_guard lock(status_mutex_);
        try {
            return retry_on_modified(
                max_request_attempts, [&] { status_db_.reset(); },
                [&] {
                    // At the latest commit, as the pool's leases see it.
                    if (!status_db_) status_db_ = pool_.open();
                    else status_db_->reopen();
                    const ShardedDatabase& db = *status_db_;
                    const auto build = db.build_state();
                    return IndexStatus{db.all().get_doccount(), pool_.path().string(), db.revision(),
                                       build.complete, build.files_done, build.files_total, build.started, build.finished,
                                       db.shard_count()};
                });
        } catch (const Xapian::Error& e) {
            status_db_.reset();
            throw IndexUnavailable("reading the index failed: " + e.get_description());
        }
    }

private:
    // What the first search did once, done before the service answers anyone: loading
    // hunspell-da for the compound parts and building the facet columns of the revision
    // it starts on. At 100k items the first search took 330 ms and the next 17 ms; with
    // this, the first takes 19 ms and the start 0.44 s instead of 0.15 s.
    void warm_up() {
        (void)schema::analysis::compound_parts("hoftebrudsforløb");  // loads hunspell-da
        SearchRequest count_only;
        count_only.limit = 0;
        try {
            (void)search(count_only);
        } catch (...) {  // a Xapian::Error is no std::exception
            // The index opened but cannot answer yet: the first request will say why.
        }
    }

    // Runs `body` on a pooled database, again from the start if the index changed under
    // it; every other index failure becomes IndexUnavailable (a server-side error).
    template <typename Body>
    auto with_database(Body&& body) -> decltype(body(std::declval<Xapian::Database&>())) {
        return with_lease([&](DatabasePool::Lease& lease) { return body(lease.database()); });
    }

    // with_database for a body that needs the lease itself (its revision).
    template <typename Body>
    auto with_lease(Body&& body) -> decltype(body(std::declval<DatabasePool::Lease&>())) {
        try {
            auto lease = pool_.acquire();
            return retry_on_modified(
                max_request_attempts, [&] { lease.reopen(); }, [&] { return body(lease); });
        } catch (const Xapian::Error& e) {
            throw IndexUnavailable("reading the index failed: " + e.get_description());
        } catch (const schema::CorruptDocument& e) {
            throw IndexUnavailable(e.what());
        }
    }

    DatabasePool pool_;
    std::unique_ptr<FacetCounter> counter_;
    std::unique_ptr<FacetCounter> slot_counter_;  ///< The fallback of a search interrupted twice.
    std::mutex status_mutex_;
    std::unique_ptr<ShardedDatabase> status_db_;  ///< Guarded by status_mutex_.
};
}  // namespace

std::unique_ptr<SearchService> make_xapian_search_service(const std::filesystem::path& index_dir,
                                                          unsigned max_threads) {
    return std::make_unique<XapianSearchService>(index_dir, max_threads);
}

}  // namespace rs::search
