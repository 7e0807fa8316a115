// Query latency of the search core against plain Xapian on the same index, in one run,
// for the query classes of bench/run.sh: rare term, common term, two-term AND, phrase,
// filtered, sorted newest, and faceted (a facet value selected).
//   query_bench --index DIR [--rounds N] [--tsv] [--only CLASS]
// Referatsøg answers every class as /api/search does: exact multi-select counts for every
// facet over all matches, snippets, the stored records. The peer is what Xapian alone does
// (Danish QueryParser, top 10, stored data read); for the faceted class it counts three
// facets with ValueCountMatchSpy over all matches. The ratio is the price of the rest.
// --tsv prints "class query hits rs_p50 rs_p90 rs_p99 xapian_p50 xapian_p90 xapian_p99"
// (ms) for the table of bench/run.sh; the rare word is chosen from the index itself.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/fields.hpp"
#include "schema/index_shards.hpp"
#include "searchd/search/xapian_search_service.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Percentiles {
    double p50 = 0, p90 = 0, p99 = 0;
};

Percentiles time_it(int rounds, const std::function<void()>& run) {
    std::vector<double> samples;
    run();  // warm the caches once: the first run reads the index from disk
    for (int i = 0; i < rounds; ++i) {
        const auto start = Clock::now();
        run();
        samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) { return samples[std::min(samples.size() - 1, static_cast<std::size_t>(q * samples.size()))]; };
    return {at(0.5), at(0.9), at(0.99)};
}

// A word about one item in ten thousand use (at least 3): the "rare term" of the table.
std::string rare_word(const Xapian::Database& db) {
    const Xapian::doccount want = std::max<Xapian::doccount>(3, db.get_doccount() / 10000);
    std::string best;
    Xapian::doccount best_gap = ~0U;
    for (auto it = db.allterms_begin("Z"); it != db.allterms_end("Z"); ++it) {
        const std::string word = (*it).substr(1);
        // Unprefixed stems only ("Zsygehus", not a field's "ZSsygehus"), of real words.
        if (word.size() < 6 || (word[0] >= 'A' && word[0] <= 'Z') || word.find_first_of("0123456789") != std::string::npos)
            continue;
        const Xapian::doccount df = it.get_termfreq();
        const Xapian::doccount gap = df > want ? df - want : want - df;
        if (gap < best_gap) best_gap = gap, best = word;
        if (gap == 0) break;
    }
    return best;
}

// The commonest value of `facet`: a filter that keeps a real share of the matches.
std::string commonest_value(const Xapian::Database& db, const rs::schema::Facet& facet) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query::MatchAll);
    Xapian::ValueCountMatchSpy spy(facet.slot);
    enquire.add_matchspy(&spy);
    (void)enquire.get_mset(0, 0, db.get_doccount());
    auto top = spy.top_values_begin(1);
    return top == spy.top_values_end(1) ? std::string() : *top;
}

struct Case {
    std::string name;
    rs::search::SearchRequest request;
    std::string peer_query;   ///< For Xapian's QueryParser.
    std::string peer_filter;  ///< A boolean filter term, "" for none.
    bool peer_newest = false;
    bool peer_facets = false;
};

}  // namespace

int main(int argc, char** argv) {
    std::string index;
    int rounds = 200;
    bool tsv = false;
    std::string only;  // one class, for a profile
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--index" && i + 1 < argc) index = argv[++i];
        else if (arg == "--rounds" && i + 1 < argc) rounds = std::stoi(argv[++i]);
        else if (arg == "--tsv") tsv = true;
        else if (arg == "--only" && i + 1 < argc) only = argv[++i];
    }
    if (index.empty()) {
        std::cerr << "usage: query_bench --index DIR [--rounds N] [--tsv] [--only CLASS]\n";
        return 2;
    }
    auto service = rs::search::make_xapian_search_service(index, 1);
    Xapian::Database db;
    for (const auto& shard : rs::schema::index_shards(index)) db.add_database(Xapian::Database(shard.string()));

    const auto& cluster = *rs::schema::find_facet("cluster");
    const auto& decision = *rs::schema::find_facet("decision");
    const std::string top_cluster = commonest_value(db, cluster);
    const std::string common = "kommune";
    std::vector<Case> cases;
    const auto add = [&](std::string name, std::string query) {
        Case c;
        c.name = std::move(name);
        c.request.query = query;
        c.peer_query = std::move(query);
        cases.push_back(std::move(c));
        return &cases.back();
    };
    add("rare term", rare_word(db));
    add("common term", common);
    add("two-term AND", "demens " + common);
    add("phrase", "\"kom trygt hjem\"");
    Case* filtered = add("filtered", common);
    filtered->request.filters["cluster"] = {top_cluster};
    filtered->peer_filter = rs::schema::filter_term(cluster, top_cluster);
    Case* newest = add("sorted newest", common);
    newest->request.sort = rs::search::SortOrder::newest;
    newest->peer_newest = true;
    Case* faceted = add("faceted", common);
    faceted->request.filters["decision"] = {"godkendt"};
    faceted->peer_filter = rs::schema::filter_term(decision, "godkendt");
    faceted->peer_facets = true;

    if (!tsv)
        std::printf("index: %u documents, %d rounds per query\n%-14s %-22s %7s %9s %9s %9s %9s %9s %9s\n",
                    db.get_doccount(), rounds, "class", "query", "hits", "rs p50", "rs p90", "rs p99", "xap p50",
                    "xap p90", "xap p99");
    for (const auto& c : cases) {
        if (!only.empty() && c.name != only) continue;
        std::uint64_t total = 0;
        const Percentiles rs_time = time_it(rounds, [&] { total = service->search(c.request).total; });
        const Percentiles peer = time_it(rounds, [&] {
            Xapian::QueryParser parser;
            parser.set_stemmer(Xapian::Stem("danish"));
            parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
            parser.set_database(db);
            parser.set_default_op(Xapian::Query::OP_AND);
            Xapian::Query query = parser.parse_query(c.peer_query);
            if (!c.peer_filter.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(c.peer_filter));
            Xapian::Enquire enquire(db);
            enquire.set_query(query);
            if (c.peer_newest) enquire.set_sort_by_value_then_relevance(rs::schema::slot_date, true);
            Xapian::ValueCountMatchSpy a(cluster.slot), b(rs::schema::find_facet("year")->slot), d(decision.slot);
            if (c.peer_facets) {
                enquire.add_matchspy(&a);
                enquire.add_matchspy(&b);
                enquire.add_matchspy(&d);
            }
            const Xapian::MSet mset = enquire.get_mset(0, 10, c.peer_facets ? db.get_doccount() : 0);
            for (auto it = mset.begin(); it != mset.end(); ++it) (void)it.get_document().get_data();
        });
        if (tsv)
            std::printf("%s\t%s\t%llu\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n", c.name.c_str(), c.peer_query.c_str(),
                        static_cast<unsigned long long>(total), rs_time.p50, rs_time.p90, rs_time.p99, peer.p50,
                        peer.p90, peer.p99);
        else
            std::printf("%-14s %-22s %7llu %9.3f %9.3f %9.3f %9.3f %9.3f %9.3f\n", c.name.c_str(), c.peer_query.c_str(),
                        static_cast<unsigned long long>(total), rs_time.p50, rs_time.p90, rs_time.p99, peer.p50,
                        peer.p90, peer.p99);
    }
    return 0;
}
