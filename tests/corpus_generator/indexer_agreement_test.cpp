// The generated corpus read by the project's own indexer: every file parses, into exactly
// the meetings and items the generator planned, and the index holds exactly the open items.
#include <set>

#include <gtest/gtest.h>

#include "bench/corpus_generator/layout_family.hpp"
#include "indexer/index/build.hpp"
#include "indexer/read_minutes.hpp"
#include "schema/ids.hpp"
#include "tests/corpus_generator/generated_corpus.hpp"
#include "tests/support/paths.hpp"

namespace cg = rs::corpus_generator;

namespace {

std::string describe(const cg::MeetingPlan& plan) {
    return plan.path + " (" + std::string(cg::family_name(plan.family)) + ", " + std::string(cg::format_name(plan.format)) +
           ")";
}

}  // namespace

// Per file: the meeting the indexer reads is the one planned (body, forum, date, kind), with
// the planned number of items, open and closed.
TEST(IndexerAgreement, EveryFileParsesIntoThePlannedMeetingAndItems) {
    const auto& corpus = rs::test::shared_corpus();
    std::size_t mismatches = 0;
    std::map<std::string, std::size_t> by_family;
    const auto& parsed = rs::test::shared_minutes();
    for (const auto& plan : corpus.plans) {
        std::string problem;
        try {
            const auto found = parsed.find(plan.path);
            // A file the shared parse could not read is read again here for its error.
            const auto minutes = found != parsed.end() ? found->second : rs::indexer::read_minutes_file(corpus.folder / plan.path);
            std::size_t closed = 0;
            for (const auto& item : minutes.items) closed += item.closed ? 1 : 0;
            const auto& meeting = minutes.meeting;
            if (minutes.items.size() != static_cast<std::size_t>(plan.items))
                problem += " items " + std::to_string(minutes.items.size()) + " != " + std::to_string(plan.items);
            if (closed != static_cast<std::size_t>(plan.closed))
                problem += " closed " + std::to_string(closed) + " != " + std::to_string(plan.closed);
            if (meeting.body != plan.body->canonical) problem += " body '" + meeting.body + "' != '" + plan.body->canonical + "'";
            if (meeting.forum != plan.forum) problem += " forum '" + meeting.forum + "' != '" + plan.forum + "'";
            if (meeting.date != cg::iso_date(plan.date)) problem += " date " + meeting.date + " != " + cg::iso_date(plan.date);
            if (meeting.kind != (plan.agenda ? "dagsorden" : "referat")) problem += " kind " + meeting.kind;
        } catch (const std::exception& e) {
            problem = std::string(" not parsed: ") + e.what();
        }
        if (problem.empty()) continue;
        ++by_family[std::string(cg::family_name(plan.family))];
        if (++mismatches <= 25) ADD_FAILURE() << describe(plan) << ":" << problem;
    }
    EXPECT_EQ(mismatches, 0u);
    for (const auto& [family, count] : by_family) std::cout << "mismatches in " << family << ": " << count << "\n";
}

// The whole corpus through build_index: nothing fails, the index holds exactly the
// manifest's open items (no two share an id), the closed ones are left out.
TEST(IndexerAgreement, TheIndexHoldsExactlyTheManifestsOpenItems) {
    const auto& corpus = rs::test::shared_corpus();
    rs::test::TempDir index;
    rs::indexer::BuildOptions options;
    options.jobs = 2;
    const auto report = rs::indexer::build_index(index.path() / "index", {corpus.folder}, options);
    for (const auto& failure : report.failed) ADD_FAILURE() << failure.file << ": " << failure.reason;
    EXPECT_TRUE(report.ok());
    EXPECT_TRUE(report.skipped.empty());
    EXPECT_TRUE(report.superseded.empty());
    EXPECT_EQ(report.files_indexed, corpus.stats.files);
    EXPECT_EQ(report.items_indexed, corpus.stats.open_items);
    EXPECT_EQ(report.closed_items_skipped, corpus.stats.closed_items);
    EXPECT_EQ(report.documents, corpus.stats.open_items);
    EXPECT_EQ(corpus.stats.open_items, corpus.options.items);
}

// Meetings and bodies as the indexer names them agree with the manifest's counts.
TEST(IndexerAgreement, MeetingsAndBodiesAgreeWithTheManifest) {
    const auto& corpus = rs::test::shared_corpus();
    std::set<std::string> meetings;
    std::map<std::string, cg::BodyCount> bodies;
    for (const auto& [path, minutes] : rs::test::shared_minutes()) {
        meetings.insert(rs::schema::meeting_key(minutes.meeting));
        auto& body = bodies[minutes.meeting.body];
        ++body.meetings;
        for (const auto& item : minutes.items) body.open_items += item.closed ? 0 : 1;
    }
    EXPECT_EQ(meetings.size(), corpus.stats.meetings);
    ASSERT_EQ(bodies.size(), corpus.stats.bodies.size());
    for (const auto& [name, count] : corpus.stats.bodies) {
        EXPECT_EQ(bodies[name].meetings, count.meetings) << name;
        EXPECT_EQ(bodies[name].open_items, count.open_items) << name;
    }
}
