#include <gtest/gtest.h>

#include "schema/analysis/topic_words.hpp"

namespace rs::schema::analysis {
namespace {

using Topics = std::vector<std::string>;

TEST(TopicWords, AWordOfATopicsNameNamesIt) {
    EXPECT_EQ(topics_named_by("telemedicin"), Topics{"digitalisering og telemedicin"});
    EXPECT_EQ(topics_named_by("økonomi"), Topics{"økonomi og klyngemidler"});
    EXPECT_EQ(topics_named_by("sundhedsreform"), Topics{"organisering og sundhedsreform"});
}

TEST(TopicWords, ComparedByStem) {
    EXPECT_EQ(topics_named_by("telemedicinen"), Topics{"digitalisering og telemedicin"});
    EXPECT_EQ(topics_named_by("klyngemidlerne"), Topics{"økonomi og klyngemidler"});
}

TEST(TopicWords, StopWordsAndOtherWordsNameNone) {
    EXPECT_TRUE(topics_named_by("og").empty());
    EXPECT_TRUE(topics_named_by("kommune").empty());
    EXPECT_TRUE(topics_named_by("").empty());
    // A part of a name's word is not the word: "medicin" is not "telemedicin".
    EXPECT_TRUE(topics_named_by("medicin").empty());
}

}  // namespace
}  // namespace rs::schema::analysis
