#pragma once
// What the search core answers: typed results that a renderer turns into JSON or HTML.

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "schema/model.hpp"

namespace rs::search {

/// One matching agenda item with the meeting it belongs to.
struct Hit {
    schema::Meeting meeting;
    schema::AgendaItem item;  ///< Sections are included (the snippet was cut from them).
    std::string snippet;      ///< HTML-escaped excerpt; matched words wrapped in <mark>. "" for exports.
    std::string decision_text;///< What was decided (schema::decision_text), plain text; "" if nothing yet.
    double relevance = 0;     ///< Xapian weight, 0 when not sorted by relevance.
};

/// How many matches one facet value would give.
struct FacetCount {
    std::string value;
    std::uint64_t count = 0;
};

/// The answer to a SearchRequest.
struct SearchResult {
    std::uint64_t total = 0;  ///< Exact number of matching items; related hits are not counted.
    std::vector<Hit> hits;
    /// Counts per facet name, every facet present (possibly empty), values sorted by
    /// count descending then Danish collation.
    std::map<std::string, std::vector<FacetCount>, std::less<>> facets;
    double took_ms = 0;
    /// Set when the query text could not be parsed as written and was read more
    /// loosely (operators taken as words); a message for the user, "" otherwise.
    std::string query_note;
    /// "Mente du …": the query with its unknown words replaced by the closest words of
    /// the index, when the query found little; "" otherwise.
    std::string suggestion;
    /// True when the query found nothing as typed and the hits are those of `suggestion`.
    bool suggestion_applied = false;
    /// When a plain query matched fewer items than a page holds (and
    /// SearchRequest::fill_with_related): items that do not match it but share the subject
    /// of its best matches, best first, to be shown after `hits`; at most
    /// max_related_hits and never more than the page has room for. Not counted in `total`.
    std::vector<Hit> related_hits;
    /// The words `related_hits` were found by, as the matches write them; empty without them.
    std::vector<std::string> related_words;
    static constexpr unsigned max_related_hits = 10;
    /// True when the match ran out of its time budget: the hits are the best found in
    /// time, and total and facet counts cover only the documents checked.
    bool partial = false;
};

/// A link from an item to another item of the same meeting.
struct ItemRef {
    std::string id;
    int number = 0;
    std::string sub;
    std::string title;
};

/// One item in full, with its meeting and the meeting's other items.
struct ItemDetail {
    schema::Meeting meeting;
    schema::AgendaItem item;
    std::string decision_text;           ///< As on a Hit.
    std::vector<ItemRef> meeting_items;  ///< All indexed items of the meeting, in agenda order.
    /// Words of the item's text that the highlight query matches (inflections and
    /// truncations included), lowercased as schema::to_lower gives them; empty without one.
    std::vector<std::string> marked_words;
};

/// One meeting with all its indexed items, in agenda order (sections included).
struct MeetingDetail {
    std::string key;          ///< schema::meeting_key: the meeting's permanent id.
    schema::Meeting meeting;
    std::vector<Hit> items;   ///< Snippets empty; decision_text set.
};

/// What a completion is.
enum class SuggestionKind { word, title, project, topic };

/// One completion of what the user is typing.
struct Suggestion {
    std::string text;
    SuggestionKind kind = SuggestionKind::word;
    friend bool operator==(const Suggestion&, const Suggestion&) = default;
};

/// State of the index as searchd sees it.
struct IndexStatus {
    std::uint64_t items = 0;
    std::string path;
    std::string revision;  ///< Xapian revision, changes with every commit; "12:7" for two shards.
    /// False while a build is running, or after one stopped before its end (killed, disk
    /// full): the index answers, but may lack files.
    bool complete = true;
    std::uint64_t files_done = 0;   ///< How far the last build got …
    std::uint64_t files_total = 0;  ///< … of the files it set out to read.
    std::string build_started;      ///< UTC, ISO 8601; "" if not recorded.
    std::string build_finished;     ///< "" while incomplete.
    std::size_t shards = 1;         ///< Databases searched as one (schema/index_shards.hpp).
};

}  // namespace rs::search
