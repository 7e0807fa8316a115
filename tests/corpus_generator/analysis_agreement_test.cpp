// What the indexer's analysis finds in the generated corpus — decision outcomes, topics,
// projects — in the shares the generator wrote them, and the corpus covers the formats
// and layout families it is meant to.
#include <gtest/gtest.h>

#include "tests/corpus_generator/generated_corpus.hpp"

namespace {

struct Found {
    std::map<std::string, std::size_t> outcomes;
    std::map<std::string, std::size_t> topics;
    std::map<std::string, std::size_t> projects;
};

Found what_the_indexer_found() {
    Found found;
    for (const auto& [path, minutes] : rs::test::shared_minutes())
        for (const auto& item : minutes.items) {
            if (item.closed) continue;
            for (const auto& outcome : item.decisions) ++found.outcomes[outcome];
            for (const auto& topic : item.topics) ++found.topics[topic];
            for (const auto& project : item.projects) ++found.projects[project];
        }
    return found;
}

}  // namespace

TEST(AnalysisAgreement, DecisionOutcomesAreFoundInTheSharesWritten) {
    const auto& written = rs::test::shared_corpus().stats.outcomes;
    const Found found = what_the_indexer_found();
    for (const char* outcome : {"godkendt", "taget til efterretning", "drøftet", "besluttet", "udsat", "afvist", "videresendt"})
        EXPECT_GT(written.count(outcome) ? written.at(outcome) : 0, 0u) << outcome << " never written";
    for (const auto& [outcome, count] : written) {
        const double share = static_cast<double>(found.outcomes.count(outcome) ? found.outcomes.at(outcome) : 0) /
                             static_cast<double>(count);
        // Filler never states an outcome, so the indexer should find about what was written;
        // a little more where a phrase states two ("Godkendt med den ændring, at … udsættes").
        EXPECT_GT(share, 0.9) << outcome << ": written " << count;
        EXPECT_LT(share, 1.15) << outcome << ": written " << count;
    }
    for (const auto& [outcome, count] : found.outcomes)
        EXPECT_TRUE(written.count(outcome)) << outcome << " found " << count << " times, never written";
}

TEST(AnalysisAgreement, TopicsAndProjectsAreFoundWhereTheyWereWritten) {
    const auto& stats = rs::test::shared_corpus().stats;
    const Found found = what_the_indexer_found();
    EXPECT_GE(stats.topics.size(), 12u) << "most topics of the taxonomy occur";
    for (const auto& [topic, count] : stats.topics) {
        // Every title that names a topic is tagged with it; other items may be tagged too
        // (a title or text can name several topics), but not every item.
        EXPECT_GE(found.topics.count(topic) ? found.topics.at(topic) : 0, count) << topic;
        EXPECT_LT(found.topics.count(topic) ? found.topics.at(topic) : 0, stats.open_items / 2) << topic;
    }
    EXPECT_GE(stats.projects.size(), 5u);
    for (const auto& [project, count] : stats.projects) {
        const std::size_t tagged = found.projects.count(project) ? found.projects.at(project) : 0;
        EXPECT_GE(tagged, count) << project;
        EXPECT_LE(tagged, count + count / 5 + 2) << project << ": tagged far more often than written";
    }
}

TEST(AnalysisAgreement, EveryFormatAndManyLayoutFamiliesOccur) {
    const auto& stats = rs::test::shared_corpus().stats;
    for (const char* format : {"text", "markdown", "html"}) EXPECT_GT(stats.formats.count(format) ? stats.formats.at(format) : 0, 0u) << format;
    EXPECT_GE(stats.layouts.size(), 7u);
    EXPECT_GT(stats.agendas, 0u);
    EXPECT_GT(stats.closed_items, 0u);
    EXPECT_GT(stats.procedural_items, stats.open_items / 10);
    EXPECT_GE(stats.bodies.size(), 20u);
}
