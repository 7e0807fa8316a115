// The generator's tables agree with the indexer's: every title names its topic the way the
// taxonomy tags it, every body and municipality is one the indexer knows in the same region.
#include <set>

#include <gtest/gtest.h>

#include "bench/corpus_generator/domain_data.hpp"
#include "schema/text/regex.hpp"
#include "schema/text/unicode.hpp"
#include "schema/vocabulary/data_table.hpp"

namespace cg = rs::corpus_generator;

TEST(DomainData, EveryTopicTitleIsTaggedWithItsTopicByTheIndexersTaxonomy) {
    const auto data = cg::DomainData::load();
    std::map<std::string, rs::schema::Regex> taxonomy;
    for (const auto& row : rs::schema::load_data_table("topics.tsv", 2)) taxonomy.emplace(row.at(0), rs::schema::Regex(row.at(1)));
    ASSERT_EQ(data.topics.size(), taxonomy.size()) << "every topic of the taxonomy has titles";
    for (const auto& topic : data.topics) {
        ASSERT_TRUE(taxonomy.contains(topic.name)) << topic.name;
        for (const auto& title : topic.titles)
            EXPECT_TRUE(taxonomy.at(topic.name).find(rs::schema::to_lower(title.text))) << topic.name << ": " << title.text;
        for (const auto& phrase : topic.phrases)
            EXPECT_TRUE(taxonomy.at(topic.name).find(rs::schema::to_lower(phrase.text))) << topic.name << ": " << phrase.text;
    }
}

TEST(DomainData, MunicipalitiesAreTheIndexersInTheSameRegion) {
    const auto data = cg::DomainData::load();
    std::map<std::string, std::string> evidence;
    for (const auto& row : rs::schema::load_data_table("region_evidence.tsv", 3)) evidence[row.at(0)] = row.at(1);
    for (const auto& body : data.bodies)
        for (const auto& town : body.towns) {
            const std::string name = town + " Kommune";
            ASSERT_TRUE(evidence.contains(name)) << body.canonical << ": " << name;
            EXPECT_EQ(evidence.at(name), body.region) << body.canonical << ": " << name;
        }
}

TEST(DomainData, ProjectsAndCommitteesAreTheIndexers) {
    const auto data = cg::DomainData::load();
    std::set<std::string> projects, committees;
    for (const auto& row : rs::schema::load_data_table("projects.tsv", 1)) projects.insert(row.at(0));
    for (const auto& row : rs::schema::load_data_table("committees.tsv", 1)) committees.insert(row.at(0));
    for (const auto& project : data.projects) EXPECT_TRUE(projects.contains(project.canonical)) << project.canonical;
    for (const auto& body : data.bodies) {
        if (body.kind == cg::BodyKind::regional || body.kind == cg::BodyKind::municipal) {
            EXPECT_TRUE(committees.contains(body.name)) << body.name;
        }
    }
}

TEST(DomainData, EveryKindOfBodyAndEveryYearHasMeetings) {
    const auto data = cg::DomainData::load();
    std::map<cg::BodyKind, std::size_t> kinds;
    for (const auto& body : data.bodies) ++kinds[body.kind];
    EXPECT_GE(kinds[cg::BodyKind::cluster], 20u);
    EXPECT_EQ(kinds[cg::BodyKind::sundhedsraad], 17u);
    EXPECT_GE(kinds[cg::BodyKind::regional], 30u);
    EXPECT_GE(kinds[cg::BodyKind::municipal], 90u);
    std::set<std::string> seen;
    for (const auto& body : data.bodies) EXPECT_TRUE(seen.insert(body.canonical).second) << "twice: " << body.canonical;
}

// Item numbers glued to a title ("38Godkendelse af dagsorden") are read only before a
// capital and a letter; every title the tables give must start that way.
TEST(DomainData, TitlesStartWithACapitalAndALetter) {
    const auto data = cg::DomainData::load();
    const rs::schema::Regex start("^(?-i:\\p{Lu}[\\p{Ll}\\p{Lu}])", false);
    for (const auto& topic : data.topics)
        for (const auto& title : topic.titles) EXPECT_TRUE(start.find(title.text)) << title.text;
    for (const auto& item : data.procedural) EXPECT_TRUE(start.find(item.title)) << item.title;
}
