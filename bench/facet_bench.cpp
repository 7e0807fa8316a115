// Exact facet counting against plain Xapian's ValueCountMatchSpy on the same index, in
// one run: what issue 18's facet target is measured by.
//   facet_bench --index DIR [--rounds N] [--word W]...
// For each word (a stemmed term, Z-prefixed as indexed), all matches are checked
// (check_at_least = doccount) and the top 10 kept:
//   xapian alone     the match with no counting at all: the floor of any counter;
//   xapian 3 spies   ValueCountMatchSpy on cluster, year and kind — the peer;
//   slot tally       Referatsøg's reference counter: all 10 facets from the value slots;
//   column tally     Referatsøg's counter: all 10 facets from in-memory columns;
//   column + 2 sel.  the same with two facets selected (multi-select counts, one pass);
//   service search   the whole in-process search: query parsing, facets, top-10 records, snippets.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/fields.hpp"
#include "schema/index_shards.hpp"
#include "searchd/search/facet_columns.hpp"
#include "searchd/search/facet_counter.hpp"
#include "searchd/search/sharded_database.hpp"
#include "searchd/search/tally_decider.hpp"
#include "searchd/search/xapian_search_service.hpp"

namespace {

using Clock = std::chrono::steady_clock;

template <typename F>
double median_ms(int rounds, F&& run) {
    std::vector<double> samples;
    for (int i = 0; i < rounds; ++i) {
        const auto start = Clock::now();
        run();
        samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// The most frequent value of `facet` among all documents: a realistic selection.
std::string top_value(const Xapian::Database& db, const rs::schema::Facet& facet) {
    Xapian::ValueCountMatchSpy spy(facet.slot);
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(std::string()));
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, db.get_doccount());
    auto it = spy.top_values_begin(1);
    return it == spy.top_values_end(1) ? "" : *it;
}

}  // namespace

int main(int argc, char** argv) {
    std::string index;
    int rounds = 50;
    std::vector<std::string> words;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--index") index = argv[i + 1];
        else if (arg == "--rounds") rounds = std::stoi(argv[i + 1]);
        else if (arg == "--word") words.emplace_back(argv[i + 1]);
    }
    if (index.empty()) {
        std::cerr << "usage: facet_bench --index DIR [--rounds N] [--word STEM]...\n";
        return 2;
    }
    if (words.empty()) words = {"kommun", "region", "dem"};
    const rs::search::ShardedDatabase sharded(rs::schema::index_shards(index));
    const Xapian::Database& db = sharded.all();
    const std::string revision_key = sharded.revision_key();
    const Xapian::doccount all = db.get_doccount();
    const auto column_counter = rs::search::make_column_facet_counter();
    const auto slot_counter = rs::search::make_slot_facet_counter();
    const auto built = Clock::now();
    const rs::search::FacetColumns columns(db, revision_key);
    const double build_ms = std::chrono::duration<double, std::milli>(Clock::now() - built).count();
    std::printf("index: %u documents; columns built in %.1f ms, %.1f MB\n", all, build_ms,
                static_cast<double>(columns.memory_bytes()) / (1 << 20));
    const auto& cluster = *rs::schema::find_facet("cluster");
    const auto& year = *rs::schema::find_facet("year");
    const std::vector<rs::search::FacetSelection> two_selected = {
        {&cluster, {rs::schema::filter_term(cluster, top_value(db, cluster))}},
        {&year, {rs::schema::filter_term(year, top_value(db, year))}}};
    auto service = rs::search::make_xapian_search_service(index, 1);

    std::printf("%-10s %8s %13s %14s %12s %12s %14s %14s %9s\n", "word", "matches", "xapian alone", "xapian 3 spies", "slot tally",
                "column tally", "column + 2 sel", "service search", "peer/col");
    for (const auto& word : words) {
        const Xapian::Query query("Z" + word);
        Xapian::doccount matches = 0;
        const double floor = median_ms(rounds, [&] {
            Xapian::Enquire enquire(db);
            enquire.set_query(query);
            (void)enquire.get_mset(0, 10, all);
        });
        const double peer = median_ms(rounds, [&] {
            Xapian::ValueCountMatchSpy a(cluster.slot), b(year.slot), c(rs::schema::find_facet("kind")->slot);
            Xapian::Enquire enquire(db);
            enquire.set_query(query);
            enquire.add_matchspy(&a);
            enquire.add_matchspy(&b);
            enquire.add_matchspy(&c);
            matches = enquire.get_mset(0, 10, all).get_matches_estimated();
        });
        auto tally_run = [&](const rs::search::FacetCounter& counter, const std::vector<rs::search::FacetSelection>& selections) {
            return median_ms(rounds, [&] {
                auto tally = counter.start(db, revision_key, selections);
                const rs::search::TallyDecider decider(*tally);
                Xapian::Enquire enquire(db);
                enquire.set_query(query);
                enquire.get_mset(0, 10, all, nullptr, &decider);
                for (const auto& facet : rs::schema::facets) (void)tally->counts(facet);
            });
        };
        const double slot = tally_run(*slot_counter, {});
        const double column = tally_run(*column_counter, {});
        const double selected = tally_run(*column_counter, two_selected);
        rs::search::SearchRequest request;
        request.query = word;
        const double whole = median_ms(rounds, [&] { (void)service->search(request); });
        std::printf("%-10s %8u %10.3f ms %11.3f ms %9.3f ms %9.3f ms %11.3f ms %11.3f ms %8.1fx\n", word.c_str(), matches, floor, peer,
                    slot, column, selected, whole, peer / column);
    }
    return 0;
}
