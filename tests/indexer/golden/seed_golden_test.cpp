// Golden parses of the bundled corpus. The expected files in tests/golden/ were reviewed
// by hand against the minutes; a change in them is a change in what users find, so it
// must be reviewed again. REFERATSOG_UPDATE_GOLDEN=1 rewrites them for that review, and
// the run fails, so that an update is never mistaken for a pass; under CI it refuses.
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <regex>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "indexer/read_minutes.hpp"
#include "tests/support/paths.hpp"

namespace rs::indexer {
namespace {

using nlohmann::json;

/// What a reviewer checks: everything but the full section text, of which the first
/// words of the decision stand in.
json summary(const schema::Minutes& minutes) {
    const auto& m = minutes.meeting;
    json out{{"meeting",
              {{"cluster", m.cluster}, {"region", m.region}, {"forum", m.forum},
               {"forum_inferred", m.forum_inferred}, {"date", m.date}, {"time", m.start_time},
               {"place", m.place}, {"kind", m.kind}}},
             {"items", json::array()}};
    for (const auto& item : minutes.items) {
        json sections = json::array();
        std::string decision;
        for (const auto& s : item.sections) {
            sections.push_back(s.name);
            if ((s.name == "Beslutning" || s.name == "Konklusion") && decision.empty())
            {
                std::size_t end = std::min(s.text.find('\n'), std::size_t{80});
                while (end < s.text.size() && (static_cast<unsigned char>(s.text[end]) & 0xC0) == 0x80) --end;
                decision = s.text.substr(0, end);  // whole UTF-8 characters only
            }
        }
        out["items"].push_back({{"id", item.id}, {"number", item.number}, {"title", item.title},
                                {"title_prefix", item.title_prefix}, {"time_slot", item.time_slot},
                                {"case_number", item.case_number}, {"type", item.type},
                                {"procedural", item.procedural}, {"decisions", item.decisions},
                                {"topics", item.topics}, {"projects", item.projects},
                                {"sections", sections}, {"decision_starts", decision}});
    }
    return out;
}

class SeedGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(SeedGolden, ParsesAsReviewed) {
    const auto file = test::corpus_dir() / GetParam();
    const json actual = summary(read_minutes_file(file));
    const auto golden = test::source_dir() / "tests" / "golden" / (file.stem().string() + ".json");
    if (std::getenv("REFERATSOG_UPDATE_GOLDEN")) {
        ASSERT_EQ(std::getenv("CI"), nullptr) << "REFERATSOG_UPDATE_GOLDEN under CI: goldens are reviewed by people";
        std::ofstream(golden) << actual.dump(2) << "\n";
        FAIL() << "rewrote " << golden << ": review the diff, then run the tests without REFERATSOG_UPDATE_GOLDEN";
    }
    const json expected = json::parse(test::read_file(golden));
    EXPECT_EQ(actual["meeting"], expected["meeting"]) << GetParam();
    ASSERT_EQ(actual["items"].size(), expected["items"].size()) << GetParam();
    // Both ways: a field the golden file lacks is as much a difference as a changed one.
    for (std::size_t i = 0; i < expected["items"].size(); ++i) {
        const json& want = expected["items"][i];
        const json& got = actual["items"][i];
        for (const auto& [field, value] : want.items())
            EXPECT_EQ(got.contains(field) ? got[field] : json(), value) << GetParam() << " item " << i + 1 << " field " << field;
        for (const auto& [field, value] : got.items())
            EXPECT_TRUE(want.contains(field)) << GetParam() << " item " << i + 1 << ": field " << field
                                              << " is not in the golden file (value " << value.dump() << ")";
    }
}

INSTANTIATE_TEST_SUITE_P(Corpus, SeedGolden,
                         ::testing::Values("000_89ab1bd39e62ef43.txt", "001_0e94b6186c93b302.txt",
                                           "002_7f83bb290909fca2.txt", "003_087b74498cac054c.txt",
                                           "004_027792697a6c4f58.txt"));

TEST(SeedCorpus, FindsTheThirtyNineItemsWithTheirNumbers) {
    const std::vector<std::pair<std::string, std::size_t>> expected{
        {"000_89ab1bd39e62ef43.txt", 3}, {"001_0e94b6186c93b302.txt", 7}, {"002_7f83bb290909fca2.txt", 15},
        {"003_087b74498cac054c.txt", 7}, {"004_027792697a6c4f58.txt", 7}};
    std::size_t total = 0;
    for (const auto& [file, count] : expected) {
        auto minutes = read_minutes_file(test::corpus_dir() / file);
        ASSERT_EQ(minutes.items.size(), count) << file;
        for (std::size_t i = 0; i < count; ++i) EXPECT_EQ(minutes.items[i].number, static_cast<int>(i + 1)) << file;
        total += count;
    }
    EXPECT_EQ(total, 39u);
}

TEST(SeedCorpus, NoMarkupReachesTitlesOrText) {
    const std::regex markup(R"(<\/?[a-zA-Z][^>]*>|\*\*|&[a-zA-Z#0-9]+;|^#|\]\(|\|)");
    for (const auto& entry : std::filesystem::directory_iterator(test::corpus_dir())) {
        auto minutes = read_minutes_file(entry.path());
        for (const auto& item : minutes.items) {
            EXPECT_FALSE(std::regex_search(item.title, markup)) << entry.path() << ": " << item.title;
            EXPECT_EQ(item.title.find("kl."), std::string::npos) << item.title;
            for (const auto& section : item.sections)
                EXPECT_FALSE(std::regex_search(section.text, markup))
                    << entry.path() << " item " << item.number << " " << section.name;
        }
    }
}

}  // namespace
}  // namespace rs::indexer
