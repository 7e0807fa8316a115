#pragma once
// The one door from the HTTP layer into search: handlers call this interface and never
// see Xapian. Implementations must be safe to call from several threads at once.

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "searchd/search/comparison.hpp"
#include "searchd/search/coverage.hpp"
#include "searchd/search/related_items.hpp"
#include "searchd/search/search_request.hpp"
#include "searchd/search/search_result.hpp"

namespace rs::search {

/// A request the search core cannot answer as asked; `parameter` names the culprit.
class InvalidRequest : public std::runtime_error {
public:
    InvalidRequest(std::string parameter, const std::string& message)
        : std::runtime_error(message), parameter_(std::move(parameter)) {}
    /// The API parameter at fault ("q", "from" …).
    const std::string& parameter() const { return parameter_; }

private:
    std::string parameter_;
};

/// The index could not be read (missing, corrupt, locked out): a server-side failure.
class IndexUnavailable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class SearchService {
public:
    virtual ~SearchService() = default;
    /// Runs one faceted search. Throws InvalidRequest or IndexUnavailable.
    virtual SearchResult search(const SearchRequest& request) = 0;
    /// The item with this id, or nullopt; `highlight` (query syntax, may be "") names the
    /// words to list in ItemDetail::marked_words. Throws IndexUnavailable.
    virtual std::optional<ItemDetail> item(std::string_view id, std::string_view highlight) = 0;
    /// The meeting with this key (schema::meeting_key, any case), or nullopt. Throws IndexUnavailable.
    virtual std::optional<MeetingDetail> meeting(std::string_view key) = 0;
    /// Every item matching `request` (an export request: up to its limit) grouped by body,
    /// as compare_by_body arranges them. Throws InvalidRequest or IndexUnavailable.
    virtual Comparison compare(const SearchRequest& request) = 0;
    /// What is related to the item with this id (similar items elsewhere, its history in
    /// its cluster), or nullopt if there is no such item. Throws IndexUnavailable.
    virtual std::optional<RelatedItems> related(std::string_view id, const RelatedRequest& request) = 0;
    /// Every indexed meeting of the requested bodies by body and forum. Throws IndexUnavailable.
    virtual Coverage coverage(const CoverageRequest& request) = 0;
    /// Completions of `request.prefix` drawn from the index, best first. Throws IndexUnavailable.
    virtual std::vector<Suggestion> suggest(const SuggestRequest& request) = 0;
    /// Index statistics. Throws IndexUnavailable.
    virtual IndexStatus status() = 0;
    /// Opens the index from its path again (an operator replaced the directory) and returns
    /// its statistics. Requests in flight finish on the databases they hold. Throws
    /// IndexUnavailable, changing nothing, if the path holds no index.
    virtual IndexStatus reload() = 0;
};

}  // namespace rs::search
