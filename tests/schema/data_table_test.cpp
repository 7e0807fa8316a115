#include <gtest/gtest.h>

#include "schema/multi_value.hpp"
#include "schema/record_json.hpp"
#include "schema/text/word_search.hpp"
#include "schema/vocabulary/data_table.hpp"

#include <nlohmann/json.hpp>

namespace rs::schema {
namespace {

TEST(DataTable, ReadsTabSeparatedRowsWithListsAndComments) {
    auto rows = parse_data_table("t.tsv", "# comment\n\nA\t\tB | C |  D\n  \nE\tF\n", 1);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].at(0), "A");
    EXPECT_EQ(rows[0].list(1), (std::vector<std::string>{"B", "C", "D"}));
    EXPECT_EQ(rows[0].line, 3);
    EXPECT_EQ(rows[1].at(5), "");
}

TEST(DataTable, NamesFileAndLineOfAShortRow) {
    try {
        parse_data_table("clusters.tsv", "A\tB\nlonely\n", 2);
        FAIL() << "a short row must be refused";
    } catch (const DataError& e) {
        EXPECT_NE(std::string(e.what()).find("clusters.tsv:2"), std::string::npos) << e.what();
    }
}

TEST(DataTable, EveryBuiltInVocabularyLoads) {
    for (const char* file : {"clusters.tsv", "regions.tsv", "forums.tsv", "line_patterns.tsv", "sections.tsv",
                             "decisions.tsv", "topics.tsv", "projects.tsv", "region_evidence.tsv"})
        EXPECT_FALSE(load_data_table(file, 1).empty()) << file;
    EXPECT_THROW(load_data_table("missing.tsv", 1), DataError);
}

TEST(MultiValue, RoundTripsAndDropsSeparators) {
    std::vector<std::string> values{"demens", "hoftebrud", "a\x1f" "b"};
    auto joined = join_values(values);
    auto split = split_values(joined);
    ASSERT_EQ(split.size(), 3u);
    EXPECT_EQ(split[0], "demens");
    EXPECT_EQ(split[2], "ab");
    EXPECT_TRUE(split_values("").empty());
}

TEST(WordSearch, MatchesWholeWordsOnly) {
    EXPECT_EQ(find_word("region nordjylland", "region nord"), std::string::npos);
    EXPECT_EQ(find_word("i region nord.", "region nord"), 2u);
    EXPECT_EQ(count_words("kom trygt hjem-indsatsen og ”kom trygt hjem”", "kom trygt hjem"), 2u);
    EXPECT_EQ(find_word("sundhedsklynge vest", "klynge vest"), std::string::npos);
}

TEST(RecordJson, RoundTripsAnItem) {
    AgendaItem item;
    item.id = "x/y/2024-01-01/3";
    item.number = 3;
    item.title = "Hoftebrud";
    item.decisions = {"godkendt", "udsat"};
    item.sections = {{"Beslutning", "BESLUTNING", "Godkendt."}};
    item.closed = true;
    AgendaItem back = item_from_json(to_json(item));
    EXPECT_EQ(back.id, item.id);
    EXPECT_EQ(back.decisions, item.decisions);
    ASSERT_EQ(back.sections.size(), 1u);
    EXPECT_EQ(back.sections[0].text, "Godkendt.");
    EXPECT_TRUE(back.closed);
    Meeting meeting;
    meeting.cluster = "Randersklyngen";
    meeting.start_time = "12:00";
    EXPECT_EQ(meeting_from_json(to_json(meeting)).start_time, "12:00");
}

}  // namespace
}  // namespace rs::schema
