#include "searchd/search/searcher.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <string>

#include "schema/analysis/stemmer.hpp"
#include "schema/fields.hpp"
#include "searchd/search/facet_order.hpp"
#include "searchd/search/feedback_expansion.hpp"
#include "searchd/search/filters.hpp"
#include "searchd/search/item_reader.hpp"
#include "searchd/search/query_builder.hpp"
#include "searchd/search/search_service.hpp"
#include "searchd/search/snippet.hpp"
#include "searchd/search/sort_keys.hpp"
#include "searchd/search/spelling_suggestion.hpp"
#include "searchd/search/tally_decider.hpp"
#include "searchd/search/window_rescore.hpp"
#include "searchd/search/word_matcher.hpp"

namespace rs::search {

namespace {
/// Weight added to substantive items' relevance (BM25 weights of a good match here are
/// 3–15). Measured on tests/relevance/ (nDCG@10 / recall@10): 0.941 / 0.948 at 1, 0.944 /
/// 0.949 at 1.5 and 2, 0.946 / 0.949 at 2.5, 3 and 4: a participant list that names an
/// "økonomichef" no longer outranks the items about the economy.
constexpr double substantive_bonus = 2.5;

// `text` with a fixed bonus for substantive items: a procedural item (Mødedeltagere,
// Godkendelse af dagsorden) that matches as well as a substantive one ranks below it. The
// bonus joins the weight only; it matches nothing by itself (AND_MAYBE).
Xapian::Query with_ranking_priors(const Xapian::Query& text) {
    // A posting source is handed to the query as a pointer it then owns (release()).
    auto* source = new Xapian::FixedWeightPostingSource(substantive_bonus);
    const Xapian::Query substantive(Xapian::Query::OP_FILTER, Xapian::Query(source->release()),
                                    Xapian::Query(schema::boolean_term(schema::procedural_prefix, "0")));
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, text, substantive);
}

/// The time one match may take before it stops with what it has (Enquire::set_time_limit):
/// a hostile or huge query must not hold a thread, nor the threads behind it. Well above
/// what a normal query costs at a million items.
constexpr double match_time_budget_s = 2.0;

// Runs the match for `count` hits from `first` with the time budget; `partial` says
// whether it ran out.
Xapian::MSet timed_mset(Xapian::Enquire& enquire, Xapian::doccount first, Xapian::doccount count,
                        Xapian::doccount all, const Xapian::MatchDecider* decider, bool& partial) {
    enquire.set_time_limit(match_time_budget_s);
    const auto start = std::chrono::steady_clock::now();
    Xapian::MSet mset = enquire.get_mset(first, count, all, nullptr, decider);
    partial = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() >= match_time_budget_s;
    return mset;
}

/// Below this many hits a "Mente du …" is looked for.
constexpr std::uint64_t few_hits = 3;

// The documents a request selects before paging.
struct Match {
    TextQuery text;
    Filters filters;
    Xapian::Query base;      ///< The text's match, or everything when it has no words.
    std::string_view typed;  ///< The query text as searched.

    /// What ranks `candidates` (the base under some filters): the text's bonus and the
    /// ranking priors added outside every filter. Inside one, Xapian 1.4.22 merges the
    /// AND_MAYBEs into one OR, whose check() can pair the bonus's weight with a document
    /// that lacks it (a bonus of 16 to an item without the words side by side).
    Xapian::Query ranked(const Xapian::Query& candidates, bool with_bonus = true) const {
        if (!text.has_words()) return candidates;
        const bool bonus = with_bonus && !text.bonus.empty();
        return with_ranking_priors(
            bonus ? Xapian::Query(Xapian::Query::OP_AND_MAYBE, candidates, text.bonus) : candidates);
    }
};

// A highlighter over `marks` (an MSet of the highlight query) with the chain's stemmer.
Highlighter highlighter_of(const Xapian::MSet& marks, const Xapian::Stem& stemmer) {
    // SNIPPET_EMPTY_WITHOUT_MATCH only, no background model or exhaustive search: it runs
    // once per section, and the section choice already picks where the words are. 1.4.22
    // escapes &, < and > (not quotes): safe as element content, which is where it goes.
    return [marks, stemmer](const std::string& text) {
        return marks.snippet(text, snippet_bytes, stemmer, Xapian::MSet::SNIPPET_EMPTY_WITHOUT_MATCH, "<mark>",
                             "</mark>", "…");
    };
}

Xapian::MSet marks_for(const Xapian::Database& db, const Xapian::Query& highlight) {
    Xapian::Enquire enquire(db);
    enquire.set_query(highlight);
    return enquire.get_mset(0, 0);
}

std::vector<Hit> read_hits(const Xapian::Database& db, const std::vector<PageSlice>& page, const TextQuery& text,
                           std::string_view typed, bool by_relevance, bool with_snippets) {
    std::vector<Hit> hits;
    Xapian::doccount size = 0;
    for (const auto& slice : page) size += slice.to - slice.from;
    if (size == 0) return hits;
    hits.reserve(size);
    const auto for_each_hit = [&](const auto& read) {
        for (const auto& slice : page)
            for (Xapian::doccount i = slice.from; i < slice.to; ++i) read(slice.mset[i]);
    };
    const auto hit_of = [&](const Xapian::MSetIterator& it) {
        return read_hit(it.get_document(), by_relevance ? it.get_weight() : 0.0);
    };
    if (!with_snippets) {
        for_each_hit([&](const Xapian::MSetIterator& it) { hits.push_back(hit_of(it)); });
        return hits;
    }
    // Snippets mark the query's words as they appear in any section, so they are cut
    // against the unprefixed highlight query, not the (possibly fielded) match query.
    const Xapian::Stem stemmer = schema::analysis::make_caching_stemmer();
    const bool has_words = text.has_words();
    const WordMatcher words(text.highlight, typed);
    // Xapian marks a word by its form or stem; a compound found through a part
    // (hoftebrudsforløb for "forløb") is added to the marks by name. One set of marks for
    // the page: a compound marks only where it is written, so another hit's does no harm,
    // and one match for the page costs less than one for each hit.
    std::set<std::string> compounds;
    for_each_hit([&](const Xapian::MSetIterator& it) {
        hits.push_back(hit_of(it));
        if (has_words)
            for (auto& compound : words.compounds_in(hits.back().item)) compounds.insert(std::move(compound));
    });
    if (!has_words) {
        for (auto& hit : hits) hit.snippet = make_snippet(hit.item, nullptr);
        return hits;
    }
    std::vector<Xapian::Query> marked{text.highlight};
    for (const auto& compound : compounds) marked.emplace_back(compound);
    const Xapian::Query marks = marked.size() == 1 ? text.highlight
                                                   : Xapian::Query(Xapian::Query::OP_OR, marked.begin(), marked.end());
    const Highlighter highlight = highlighter_of(marks_for(db, marks), stemmer);
    for (auto& hit : hits) hit.snippet = make_snippet(hit.item, &highlight);
    return hits;
}

// True when a page of `result` has room that related items may fill: the first page of a
// plain query ranked by relevance that matched something, but less than a page. Explicit
// syntax (fields, phrases, operators) asks for exactly what it says, so it gets none.
bool fills_with_related(const SearchRequest& request, const Match& match, SortOrder order,
                        const SearchResult& result) {
    return request.fill_with_related && order == SortOrder::relevance && request.offset == 0 && !result.partial &&
           result.total > 0 && result.total < request.limit && match.text.has_words() &&
           !has_query_syntax(match.typed) && wildcard_words(match.typed) == 0;
}

// Sets `result`'s related items (feedback_expansion.hpp) for the query whose first page is
// `best`, as many as the page has room for: under the same filters, none that matches the
// query, their snippets marking the words they were found by.
void add_related(const Xapian::Database& db, const SearchRequest& request, const Match& match,
                 const std::vector<PageSlice>& best, SearchResult& result) {
    std::vector<Xapian::docid> best_docids;
    for (const auto& slice : best)
        for (Xapian::doccount i = slice.from; i < slice.to; ++i) best_docids.push_back(*slice.mset[i]);
    const FeedbackExpansion expansion = feedback_expansion(db, match.text.match, best_docids);
    if (expansion.empty()) return;
    const Xapian::Query related(Xapian::Query::OP_AND_NOT, expansion.query, match.text.match);
    Xapian::MultiValueKeyMaker sorter;
    Xapian::Enquire enquire(db);
    apply_order(enquire, SortOrder::relevance, sorter);
    enquire.set_query(with_ranking_priors(match.filters.apply(related)));
    bool partial = false;
    const auto room = std::min<Xapian::doccount>(request.limit - result.hits.size(), SearchResult::max_related_hits);
    const Xapian::MSet mset = timed_mset(enquire, 0, room, 0, nullptr, partial);
    if (mset.empty()) return;
    result.related_hits =
        read_hits(db, {PageSlice{mset, 0, mset.size()}}, TextQuery{related, expansion.query, {}, {}}, {}, true, true);
    result.related_words = expansion.words;
}

// One search for `text` with the request's filters, order and page.
SearchResult search_text(const Xapian::Database& db, const std::string& revision_key, const SearchRequest& request,
                         const std::string& text, const FacetCounter& counter) {
    if (request.limit > request.limit_cap())
        throw InvalidRequest("limit", "at most " + std::to_string(request.limit_cap()) + " hits per request");
    const bool for_page = request.purpose == SearchPurpose::page;
    Match match{{}, Filters::from_request(request), {}, text};
    match.text = build_text_query(db, text, !match.filters.empty());
    // A fresh "match everything" query: copying the shared static Query::MatchAll would
    // touch its non-atomic reference count from several threads.
    match.base = match.text.has_words() ? match.text.match : Xapian::Query(std::string());

    const SortOrder order = effective_order(request.sort, match.text.has_words());
    Xapian::MultiValueKeyMaker sorter;  // outlives the Enquire that points to it
    Xapian::Enquire enquire(db);
    apply_order(enquire, order, sorter);
    const Xapian::doccount all = db.get_doccount();  // exact totals and counts: check every match
    SearchResult result;
    result.query_note = match.text.note;
    // The bonus ranks, it matches nothing: counting leaves it out, and it reorders the best
    // matches alone (window_rescore.hpp).
    const bool rescore = order == SortOrder::relevance && !match.text.bonus.empty() && request.limit > 0;
    const Xapian::Query candidates = match.filters.apply(match.base);
    const Xapian::doccount wanted = request.offset + request.limit;
    const RunQuery run = [&](const Xapian::Query& query, Xapian::doccount first, Xapian::doccount count) {
        enquire.set_query(query);
        bool partial = false;
        // Every candidate checked: a page so found has the weights the full match gives.
        Xapian::MSet page = timed_mset(enquire, first, count, all, nullptr, partial);
        result.partial = result.partial || partial;
        return page;
    };
    // The page from the match without the bonus (`by_base`, ranked from 0 when rescored).
    const auto page_of = [&](const Xapian::MSet& by_base) {
        if (!rescore) return std::vector<PageSlice>{PageSlice{by_base, 0, by_base.size()}};
        const auto ranked = [&](const Xapian::Query& in) { return match.ranked(in); };
        return rescored_page(db, by_base, candidates, ranked, request.offset, request.limit, run);
    };
    const Xapian::doccount first = rescore ? 0 : request.offset;
    const Xapian::doccount count = rescore ? std::max(wanted, rescore_window) : request.limit;
    if (!for_page) {
        // An export counts nothing: it wants rows.
        enquire.set_query(match.ranked(candidates, !rescore));
        const Xapian::MSet mset = timed_mset(enquire, first, count, all, nullptr, result.partial);
        result.total = mset.get_matches_estimated();
        result.hits = read_hits(db, page_of(mset), match.text, match.typed, order == SortOrder::relevance, false);
        return result;
    }
    // One pass counts every facet, selected ones included (see facet_counter.hpp): the
    // words and dates find the candidates, the tally applies the facet selections.
    const auto tally = counter.start(db, revision_key, match.filters.facet_selections());
    const TallyDecider decider(*tally);
    enquire.set_query(match.ranked(match.filters.apply_date_range(match.base), !rescore));
    const std::vector<PageSlice> page = page_of(timed_mset(enquire, first, count, all, &decider, result.partial));
    result.total = tally->hits();
    for (const auto& facet : schema::facets)
        result.facets[std::string(facet.name)] = order_facet_values(tally->counts(facet), match.filters.selected(facet));
    result.hits = read_hits(db, page, match.text, match.typed, order == SortOrder::relevance, true);
    if (fills_with_related(request, match, order, result)) add_related(db, request, match, page, result);
    return result;
}
}  // namespace

SearchResult run_search(const Xapian::Database& db, const std::string& revision_key, const SearchRequest& request,
                        const FacetCounter& counter) {
    // A plain query's words the index does not hold are searched in the spelling it holds
    // (ålborg → aalborg): the same word to a reader, so this is no correction.
    std::string text = request.query;
    if (!has_query_syntax(text))
        if (std::string respelt = indexed_spellings(db, text); !respelt.empty()) text = std::move(respelt);
    SearchResult result = search_text(db, revision_key, request, text, counter);
    if (request.purpose != SearchPurpose::page || result.total >= few_hits) return result;
    result.suggestion = spelling_suggestion(db, text);
    // Nothing found and a word is unknown: show what the nearest words find, and say so.
    if (result.total == 0 && !result.suggestion.empty()) {
        SearchResult corrected = search_text(db, revision_key, request, result.suggestion, counter);
        if (corrected.total > 0) {
            corrected.suggestion = result.suggestion;
            corrected.suggestion_applied = true;
            return corrected;
        }
    }
    return result;
}

}  // namespace rs::search
