// Checks of the generator itself (no parser involved): it is deterministic, it keeps
// its own rules, and every rendering states what its expectation claims.

#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "tests/indexer/property/layout_family.hpp"
#include "tests/indexer/property/minutes_generator.hpp"
#include "tests/indexer/property/render_parts.hpp"
#include "tests/indexer/property/vocabulary.hpp"

namespace rs::test {
namespace {

constexpr int sample = 200;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(MinutesGenerator, SameSeedGivesSameRenderings) {
    const MinutesGenerator generator;
    for (std::uint32_t seed = 1; seed <= 20; ++seed)
        for (const LayoutFamily family : all_layout_families())
            EXPECT_EQ(render_meeting(generator.make_meeting(seed), family, seed).text,
                      render_meeting(generator.make_meeting(seed), family, seed).text)
                << "seed " << seed << ", family " << family_name(family);
}

TEST(MinutesGenerator, MeetingsAreWellFormed) {
    const MinutesGenerator generator;
    for (std::uint32_t seed = 1; seed <= sample; ++seed) {
        const GeneratedMeeting meeting = generator.make_meeting(seed);
        EXPECT_FALSE(meeting.cluster.empty()) << "seed " << seed;
        EXPECT_FALSE(meeting.region.empty()) << "seed " << seed;
        ASSERT_FALSE(meeting.items.empty()) << "seed " << seed;
        EXPECT_LE(meeting.items.size(), 18u) << "seed " << seed;
        for (std::size_t i = 1; i < meeting.items.size(); ++i) {
            const auto& item = meeting.items[i];
            const int step = item.number - meeting.items[i - 1].number;
            EXPECT_EQ(step, item.sub.empty() ? 1 : 0) << "seed " << seed << " item " << i;
        }
        std::set<std::string> titles;
        for (const auto& item : meeting.items) {
            EXPECT_TRUE(titles.insert(item.title).second) << "seed " << seed << ": two items titled " << item.title;
            EXPECT_EQ(item.title.find('{'), std::string::npos) << "unfilled template: " << item.title;
            EXPECT_TRUE(item.title[0] < '0' || item.title[0] > '9') << "title starts with a digit: " << item.title;
            EXPECT_TRUE(std::is_sorted(item.outcomes.begin(), item.outcomes.end(), [](const auto& a, const auto& b) {
                const auto& order = vocabulary::outcome_order();
                return std::find(order.begin(), order.end(), a) < std::find(order.begin(), order.end(), b);
            })) << "outcomes out of vocabulary order";
            for (const auto& paragraph : item.decision)
                EXPECT_EQ(paragraph.find('{'), std::string::npos) << "unfilled template: " << paragraph;
        }
    }
}

// Neutral sentences stand beside decisions; they must not carry an outcome cue.
TEST(MinutesGenerator, NeutralDecisionSentencesCarryNoOutcomeCue) {
    const std::vector<std::string> cues = {"godkend", "efterretning", "orienter", "drøft", "beslut", "udsæt",
                                           "udskyd",  "afvent",       "ikke",     "tiltræd", "tilslutning",
                                           "videre",  "sendes",       "indstil",  "anbefal"};
    for (const auto& sentence : vocabulary::neutral_decision_sentences())
        for (const auto& cue : cues) EXPECT_FALSE(contains(sentence, cue)) << sentence << " holds " << cue;
}

// Every outcome of the vocabulary is produced by some phrasing, and every phrasing's
// outcomes are known vocabulary.
TEST(MinutesGenerator, DecisionPhrasingsCoverTheOutcomeVocabulary) {
    std::set<std::string> produced;
    for (const auto& phrase : vocabulary::decision_phrases())
        for (const auto& outcome : phrase.outcomes) {
            produced.insert(outcome);
            const auto& order = vocabulary::outcome_order();
            EXPECT_NE(std::find(order.begin(), order.end(), outcome), order.end()) << outcome;
        }
    EXPECT_EQ(produced.size(), vocabulary::outcome_order().size());
}

// What an expectation claims must be in the text: its header facts and every title.
TEST(MinutesGenerator, RenderingsStateTheirExpectations) {
    const MinutesGenerator generator;
    for (std::uint32_t seed = 1; seed <= sample; ++seed) {
        const GeneratedMeeting meeting = generator.make_meeting(seed);
        for (const LayoutFamily family : all_layout_families()) {
            const Rendering rendering = render_meeting(meeting, family, seed * 7 + 3);
            const std::string& text = rendering.text;
            const std::string where = "seed " + std::to_string(seed) + ", family " + family_name(family);
            if (rendering.expected.check_body) {  // a committee, named with its municipality
                EXPECT_TRUE(contains(text, rendering.expected.body)) << where;
            } else {
                EXPECT_TRUE(contains(text, meeting.cluster_written)) << where;
                EXPECT_TRUE(contains(text, meeting.region)) << where << ": no region evidence";
            }
            if (rendering.expected.check_forum && !rendering.expected.forum.empty()) {
                EXPECT_TRUE(contains(text, meeting.forum_written)) << where;
            }
            for (const auto& item : rendering.expected.items) {
                EXPECT_TRUE(contains(text, item.title) || contains(text, escape_ampersands(item.title)))
                    << where << ": title not printed: " << item.title;
                if (item.check_case_number) {
                    EXPECT_TRUE(contains(text, item.case_number)) << where;
                }
            }
            std::size_t subs = 0;
            for (const auto& item : rendering.expected.items) subs += item.sub.empty() ? 0 : 1;
            if (family != LayoutFamily::multiline_header) {
                EXPECT_EQ(subs, 0u) << where;
            }
        }
    }
}

TEST(MinutesGenerator, PropertyRunSpansEveryFeature) {
    const MinutesGenerator generator;
    int closed = 0, subs = 0, unknown = 0, aliases = 0, run_on = 0, no_decision = 0;
    for (std::uint32_t seed = 1; seed <= sample; ++seed) {
        const GeneratedMeeting meeting = generator.make_meeting(seed);
        unknown += meeting.body_known ? 0 : 1;
        aliases += meeting.cluster_written != meeting.cluster ? 1 : 0;
        run_on += meeting.items.front().number > 1 ? 1 : 0;
        for (const auto& item : meeting.items) {
            closed += item.closed ? 1 : 0;
            subs += item.sub.empty() ? 0 : 1;
            no_decision += !item.closed && item.decision.empty() ? 1 : 0;
        }
    }
    EXPECT_GT(closed, 0);
    EXPECT_GT(subs, 0);
    EXPECT_GT(unknown, 0);
    EXPECT_GT(aliases, 0);
    EXPECT_GT(run_on, 0);
    EXPECT_GT(no_decision, 0);
}

}  // namespace
}  // namespace rs::test
