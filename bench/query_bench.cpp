// Query latency of the search core against plain Xapian on the same index, in one run.
//   query_bench --index DIR [--rounds N]
// The peer is what Xapian alone does for a query (Danish QueryParser, top 10, no facets,
// no snippets); Referatsøg adds exact multi-select facet counts over all matches, snippets
// and the stored records. The ratio is the price of those, measured on this machine now.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <xapian.h>

#include "searchd/search/xapian_search_service.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Timing {
    double median_ms = 0, p95_ms = 0;
};

template <typename F>
Timing time_it(int rounds, F&& run) {
    std::vector<double> samples;
    for (int i = 0; i < rounds; ++i) {
        auto start = Clock::now();
        run();
        samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples[std::min(samples.size() - 1, samples.size() * 95 / 100)]};
}

}  // namespace

int main(int argc, char** argv) {
    std::string index;
    int rounds = 200;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string arg = argv[i];
        if (arg == "--index") index = argv[i + 1];
        else if (arg == "--rounds") rounds = std::stoi(argv[i + 1]);
    }
    if (index.empty()) {
        std::cerr << "usage: query_bench --index DIR [--rounds N]\n";
        return 2;
    }
    const std::vector<std::string> queries{"hoftebrud", "demens", "\"kom trygt hjem\"", "lægedækning",
                                           "kommune",   "godkendt", "samarbejdsaftale", ""};
    auto service = rs::search::make_xapian_search_service(index, 1);
    Xapian::Database db(index);
    std::printf("index: %u documents, %d rounds per query\n", db.get_doccount(), rounds);
    std::printf("%-20s %8s %12s %12s %12s %12s %7s\n", "query", "hits", "rs median", "rs p95", "xapian med",
                "xapian p95", "ratio");
    double sum_rs = 0, sum_peer = 0;
    for (const auto& q : queries) {
        rs::search::SearchRequest request;
        request.query = q;
        std::uint64_t total = 0;
        Timing rs_time = time_it(rounds, [&] { total = service->search(request).total; });
        Timing peer = time_it(rounds, [&] {
            Xapian::Database local(index);
            Xapian::QueryParser parser;
            parser.set_stemmer(Xapian::Stem("danish"));
            parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
            parser.set_database(local);
            parser.set_default_op(Xapian::Query::OP_AND);
            Xapian::Enquire enquire(local);
            enquire.set_query(q.empty() ? Xapian::Query(std::string()) : parser.parse_query(q));
            Xapian::MSet mset = enquire.get_mset(0, 10);
            for (auto it = mset.begin(); it != mset.end(); ++it) (void)it.get_document().get_data();
        });
        sum_rs += rs_time.median_ms;
        sum_peer += peer.median_ms;
        std::printf("%-20s %8llu %12.3f %12.3f %12.3f %12.3f %7.1f\n", q.empty() ? "(browse)" : q.c_str(),
                    static_cast<unsigned long long>(total), rs_time.median_ms, rs_time.p95_ms, peer.median_ms,
                    peer.p95_ms, rs_time.median_ms / peer.median_ms);
    }
    std::printf("%-20s %8s %12.3f %12s %12.3f %12s %7.1f\n", "sum of medians", "", sum_rs, "", sum_peer, "",
                sum_rs / sum_peer);
    return 0;
}
