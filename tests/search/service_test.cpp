// The service around the search: opening, item detail, status, and a reader that keeps
// up with a writer committing under it.
#include <atomic>
#include <filesystem>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>
#include <xapian.h>

#include "indexer/index/index_writer.hpp"
#include "schema/fields.hpp"
#include "schema/ids.hpp"
#include "searchd/search/retry.hpp"
#include "searchd/search/xapian_search_service.hpp"
#include "tests/search/search_index.hpp"

namespace schema = rs::schema;
namespace search = rs::search;
using rs::test::make_item;
using rs::test::make_meeting;
using rs::test::make_minutes;

TEST(SearchService, MissingIndexIsUnavailable) {
    rs::test::TempDir dir;
    EXPECT_THROW(search::make_xapian_search_service(dir.path() / "none", 2), search::IndexUnavailable);
}

TEST(SearchService, IndexOfAnotherSchemaVersionIsUnavailable) {
    rs::test::TempDir dir;
    {
        Xapian::WritableDatabase db(dir.path().string(), Xapian::DB_CREATE);
        db.set_metadata(std::string(schema::schema_version_key), "0");
        db.commit();
    }
    try {
        search::make_xapian_search_service(dir.path(), 1);
        FAIL() << "expected IndexUnavailable";
    } catch (const search::IndexUnavailable& e) {
        EXPECT_NE(std::string(e.what()).find("schema version 0"), std::string::npos) << e.what();
    }
}

TEST(SearchService, ItemWithItsMeetingInAgendaOrder) {
    auto m = make_meeting("Randersklyngen", "Politisk niveau", "2024-01-01");
    auto other = make_meeting("Randersklyngen", "Politisk niveau", "2024-02-01");
    auto sub = make_item(m, 2, "Underpunkt");
    sub.sub = "a";
    sub.id = schema::item_id(m, sub);
    auto closed = make_item(m, 4, "Lukket");
    closed.closed = true;
    const auto wanted = make_item(m, 3, "Demens", {{schema::section::beslutning, "Godkendt."}});
    rs::test::SearchIndex index({make_minutes(m, {wanted, make_item(m, 1, "Velkomst"), sub, make_item(m, 2, "Økonomi"), closed}),
                                 make_minutes(other, {make_item(other, 1, "Andet møde")})});
    const auto detail = index.service->item(wanted.id, "");
    ASSERT_TRUE(detail.has_value());
    EXPECT_EQ(detail->item.title, "Demens");
    ASSERT_EQ(detail->item.sections.size(), 1u);
    EXPECT_EQ(detail->item.sections[0].text, "Godkendt.");
    EXPECT_EQ(detail->meeting.date, "2024-01-01");
    std::vector<std::string> order;
    for (const auto& ref : detail->meeting_items) order.push_back(std::to_string(ref.number) + ref.sub + " " + ref.title);
    EXPECT_EQ(order, (std::vector<std::string>{"1 Velkomst", "2 Økonomi", "2a Underpunkt", "3 Demens"}));
    EXPECT_FALSE(index.service->item("randersklyngen/politisk-niveau/2024-01-01/99", "").has_value());
    EXPECT_FALSE(index.service->item("", "").has_value());
}

TEST(SearchService, StatusReportsCountPathAndRevision) {
    rs::test::SearchIndex index(rs::test::generate_minutes(3, 5));
    const auto status = index.service->status();
    EXPECT_EQ(status.items, index.rows.size());
    EXPECT_EQ(status.path, index.dir.path().string());
    EXPECT_FALSE(status.revision.empty());
}

TEST(SearchService, ReaderSeesEveryCommitWithoutRestart) {
    rs::test::SearchIndex index(rs::test::generate_minutes(4, 8), 1);
    const auto before = index.service->search(rs::test::request(""));
    const auto revision = index.service->status().revision;
    auto extra = rs::test::generate_minutes(12, 9);
    {
        rs::test::ShardedWriter writer(index.dir.path());
        // Two commits and more: an unreopened reader would now throw DatabaseModifiedError.
        for (std::size_t i = 4; i < extra.size(); ++i) {
            writer.add_minutes(extra[i]);
            writer.commit();
        }
    }
    std::size_t added = 0;
    for (std::size_t i = 4; i < extra.size(); ++i)
        for (const auto& item : extra[i].items) added += !item.closed;
    const auto after = index.service->search(rs::test::request(""));
    EXPECT_EQ(after.total, before.total + added);
    EXPECT_NE(index.service->status().revision, revision);
}

TEST(SearchService, ReloadOpensAnIndexDirectoryReplacedWhole) {
    rs::test::SearchIndex index(rs::test::generate_minutes(3, 5), 2);
    ASSERT_EQ(index.service->status().items, index.rows.size());
    // A new build moved into place, the way an operator deploys one. Until the reload the
    // open databases hold the old files' descriptors, and Xapian's reopen() would mix the
    // new revision with them: no search runs in between here, and docs/API.md says so.
    rs::test::SearchIndex replacement(rs::test::generate_minutes(6, 7), 1);
    replacement.service.reset();
    const auto path = index.dir.path();
    const auto old_place = path.string() + ".old";
    std::filesystem::rename(path, old_place);
    std::filesystem::rename(replacement.dir.path(), path);
    const auto after = index.service->reload();
    EXPECT_EQ(after.items, replacement.rows.size());
    EXPECT_EQ(index.service->search(rs::test::request("")).total, replacement.rows.size());
    // A path that holds no index is refused; once it does again, searches go on.
    std::filesystem::rename(path, replacement.dir.path());
    EXPECT_THROW(index.service->reload(), search::IndexUnavailable);
    std::filesystem::rename(replacement.dir.path(), path);
    EXPECT_EQ(index.service->search(rs::test::request("")).total, replacement.rows.size());
    std::filesystem::remove_all(old_place);
}

TEST(SearchService, ConcurrentSearchesWhileTheIndexChanges) {
    rs::test::SearchIndex index(rs::test::generate_minutes(10, 12), 2);
    const auto more = rs::test::generate_minutes(30, 13);
    constexpr int reader_count = 3;
    std::atomic<bool> done{false};
    std::atomic<int> failures{0};
    std::atomic<int> completed{0};
    std::mutex mutex;
    std::string first_error;
    std::vector<std::thread> readers;
    for (int t = 0; t < reader_count; ++t)
        readers.emplace_back([&] {
            while (!done) {
                try {
                    const auto result = index.service->search(rs::test::request(rs::test::marker_word, 20));
                    if (result.hits.size() > result.total) ++failures;
                } catch (const std::exception& e) {
                    if (++failures == 1) {
                        std::lock_guard lock(mutex);
                        first_error = e.what();
                    }
                }
                ++completed;
            }
        });
    {
        // Commits as fast as searches complete (as many as there are readers after each),
        // however slow the build: a reader may still see two commits during one request,
        // and retry, but a search under ThreadSanitizer is not starved by a writer running
        // at full speed beside it. An indexer commits after a batch, far less often.
        rs::test::ShardedWriter writer(index.dir.path());
        for (std::size_t i = 10; i < more.size(); ++i) {
            writer.add_minutes(more[i]);
            writer.commit();
            const int after = completed + reader_count;
            while (completed < after && failures == 0) std::this_thread::yield();
        }
    }
    done = true;
    for (auto& reader : readers) reader.join();
    EXPECT_EQ(failures, 0) << first_error;
}

TEST(RetryOnModified, RunsTheWholeBodyAgainAfterReopening) {
    int runs = 0;
    int reopens = 0;
    const int value = search::retry_on_modified(
        5, [&] { ++reopens; },
        [&] {
            if (++runs < 3) throw Xapian::DatabaseModifiedError("changed");
            return 42;
        });
    EXPECT_EQ(value, 42);
    EXPECT_EQ(runs, 3);
    EXPECT_EQ(reopens, 2);
}

TEST(RetryOnModified, GivesUpAsIndexUnavailable) {
    int runs = 0;
    EXPECT_THROW(search::retry_on_modified(
                     3, [] {},
                     [&]() -> int {
                         ++runs;
                         throw Xapian::DatabaseModifiedError("changed");
                     }),
                 search::IndexUnavailable);
    EXPECT_EQ(runs, 3);
}
