#pragma once
// A SearchService for handler and transport tests: records what it was asked and answers
// with canned typed results, or throws what it is told to. No index needed.

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "searchd/search/search_service.hpp"

namespace rs::test {

/// A meeting and item like the indexer makes them, for canned results.
inline search::Hit sample_hit(int number, std::string snippet) {
    search::Hit hit;
    hit.meeting.cluster = "Sundhedsklynge Sønderjylland";
    hit.meeting.body = hit.meeting.cluster;
    hit.meeting.region = "Region Syddanmark";
    hit.meeting.forum = "Fagligt strategisk niveau";
    hit.meeting.date = "2025-04-28";
    hit.meeting.start_time = "14:00";
    hit.meeting.place = "Virtuelt";
    hit.meeting.source = "000_89ab1bd39e62ef43.txt";
    hit.item.id = "sundhedsklynge-soenderjylland/fagligt-strategisk-niveau/2025-04-28/" + std::to_string(number);
    hit.item.number = number;
    hit.item.title = "Hoftebrud og forløb";
    hit.item.type = "Beslutning";
    hit.item.decisions = {"Godkendt"};
    hit.item.topics = {"Ældre", "Genoptræning"};
    hit.item.projects = {"Kom Trygt Hjem"};
    hit.item.sections = {{"Sagsfremstilling", "SAGSFREMSTILLING", "Lang tekst om hoftebrud."}};
    hit.snippet = std::move(snippet);
    return hit;
}

/// Records every call; answers from the public fields below. Thread-safe.
class FakeSearchService : public search::SearchService {
public:
    search::SearchResult search(const search::SearchRequest& request) override {
        std::function<void()> hook;
        {
            const std::lock_guard lock(mutex_);
            requests_.push_back(request);
            hook = before_search;
        }
        if (hook) hook();
        return result;
    }

    std::optional<search::ItemDetail> item(std::string_view id, std::string_view highlight) override {
        {
            const std::lock_guard lock(mutex_);
            item_ids_.emplace_back(id);
            highlights_.emplace_back(highlight);
        }
        if (before_item) before_item();
        if (detail && detail->item.id == id) return detail;
        return std::nullopt;
    }

    std::optional<search::MeetingDetail> meeting(std::string_view key) override {
        {
            const std::lock_guard lock(mutex_);
            meeting_keys_.emplace_back(key);
        }
        if (meeting_detail && meeting_detail->key == key) return meeting_detail;
        return std::nullopt;
    }

    search::Comparison compare(const search::SearchRequest& request) override {
        {
            const std::lock_guard lock(mutex_);
            requests_.push_back(request);
        }
        return comparison;
    }

    std::optional<search::RelatedItems> related(std::string_view id, const search::RelatedRequest& request) override {
        {
            const std::lock_guard lock(mutex_);
            related_ids_.emplace_back(id);
            related_requests_.push_back(request);
        }
        if (detail && detail->item.id == id) return related_items;
        return std::nullopt;
    }

    search::Coverage coverage(const search::CoverageRequest& request) override {
        {
            const std::lock_guard lock(mutex_);
            coverage_requests_.push_back(request);
        }
        return coverage_result;
    }

    std::vector<search::Suggestion> suggest(const search::SuggestRequest& request) override {
        {
            const std::lock_guard lock(mutex_);
            suggest_requests_.push_back(request);
        }
        return suggestions;
    }

    search::IndexStatus status() override {
        if (before_status) before_status();
        return index_status;
    }

    search::IndexStatus reload() override {
        reloads.fetch_add(1);
        return index_status;
    }

    /// How often reload() was called.
    std::atomic<int> reloads{0};

    /// Every SearchRequest received, in order.
    std::vector<search::SearchRequest> requests() const {
        const std::lock_guard lock(mutex_);
        return requests_;
    }
    /// Every id asked for by item(), decoded, in order.
    std::vector<std::string> item_ids() const {
        const std::lock_guard lock(mutex_);
        return item_ids_;
    }
    /// The highlight query of every item() call, in order.
    std::vector<std::string> highlights() const {
        const std::lock_guard lock(mutex_);
        return highlights_;
    }
    /// Every key asked for by meeting(), decoded, in order.
    std::vector<std::string> meeting_keys() const {
        const std::lock_guard lock(mutex_);
        return meeting_keys_;
    }
    /// Every id asked for by related(), decoded, in order.
    std::vector<std::string> related_ids() const {
        const std::lock_guard lock(mutex_);
        return related_ids_;
    }
    /// Every RelatedRequest received, in order.
    std::vector<search::RelatedRequest> related_requests() const {
        const std::lock_guard lock(mutex_);
        return related_requests_;
    }
    /// Every CoverageRequest received, in order.
    std::vector<search::CoverageRequest> coverage_requests() const {
        const std::lock_guard lock(mutex_);
        return coverage_requests_;
    }
    /// Every SuggestRequest received, in order.
    std::vector<search::SuggestRequest> suggest_requests() const {
        const std::lock_guard lock(mutex_);
        return suggest_requests_;
    }

    // Canned answers and hooks; set them before the service is shared with threads.
    search::SearchResult result;                ///< Returned by search().
    std::optional<search::ItemDetail> detail;   ///< Returned by item() when the id matches.
    std::optional<search::MeetingDetail> meeting_detail;  ///< Returned by meeting() when the key matches.
    std::vector<search::Suggestion> suggestions;          ///< Returned by suggest().
    search::Comparison comparison;                        ///< Returned by compare().
    search::RelatedItems related_items;                   ///< Returned by related() for the id of `detail`.
    search::Coverage coverage_result;                     ///< Returned by coverage().
    search::IndexStatus index_status{42, "/secret/index/path", "17", true, 5, 5, "2026-12-02T01:00:00Z",
                                     "2026-12-02T01:00:09Z"};
    std::function<void()> before_search;        ///< Runs inside search(): throw or sleep here.
    std::function<void()> before_item;          ///< Runs inside item().
    std::function<void()> before_status;        ///< Runs inside status().

private:
    mutable std::mutex mutex_;
    std::vector<search::SearchRequest> requests_;
    std::vector<std::string> item_ids_;
    std::vector<std::string> highlights_;
    std::vector<std::string> meeting_keys_;
    std::vector<search::SuggestRequest> suggest_requests_;
    std::vector<std::string> related_ids_;
    std::vector<search::RelatedRequest> related_requests_;
    std::vector<search::CoverageRequest> coverage_requests_;
};

}  // namespace rs::test
