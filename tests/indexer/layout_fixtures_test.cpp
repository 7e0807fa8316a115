// Hand-made minutes in the layouts real archives hold (tests/fixtures/layouts/, one file
// per layout family, see its README.md) against hand-written expectations
// (<name>.expected.json). The expectations were written from the domain
// (docs/MINUTES.md), never from parser output.

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "indexer/read_minutes.hpp"
#include "tests/support/paths.hpp"

namespace rs::test {
namespace {

using nlohmann::json;

std::filesystem::path layouts_dir() { return fixtures_dir() / "layouts"; }

/// Fixture names ("web_meeting_system") that have an expectation file, sorted.
std::vector<std::string> layout_names() {
    std::vector<std::string> names;
    const std::string suffix = ".expected.json";
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(layouts_dir(), error)) {
        const std::string file = entry.path().filename().string();
        if (file.size() > suffix.size() && file.compare(file.size() - suffix.size(), suffix.size(), suffix) == 0)
            names.push_back(file.substr(0, file.size() - suffix.size()));
    }
    std::sort(names.begin(), names.end());
    return names;
}

schema::Minutes parse_fixture(const std::string& name) {
    const auto path = layouts_dir() / (name + ".txt");
    return indexer::read_minutes_text(read_file(path), path.filename().string());
}

std::vector<std::string> sorted(std::vector<std::string> values) {
    std::sort(values.begin(), values.end());
    return values;
}

std::string listing(const std::vector<std::string>& values) {
    std::string text = "[";
    for (const auto& value : values) text += (text.size() > 1 ? ", " : "") + ("\"" + value + "\"");
    return text + "]";
}

/// "number+sub title" of every parsed item, for count mismatches.
std::string item_listing(const schema::Minutes& minutes) {
    std::ostringstream out;
    for (const auto& item : minutes.items) out << "\n    " << item.number << item.sub << " \"" << item.title << "\"";
    return out.str();
}

std::string meeting_field(const schema::Meeting& meeting, const std::string& field) {
    if (field == "cluster") return meeting.cluster;
    if (field == "body") return meeting.body;
    if (field == "municipality") return meeting.municipality;
    if (field == "region") return meeting.region;
    if (field == "place") return meeting.place;
    if (field == "end_time") return meeting.end_time;
    if (field == "forum") return meeting.forum;
    if (field == "date") return meeting.date;
    if (field == "start_time") return meeting.start_time;
    if (field == "kind") return meeting.kind;
    ADD_FAILURE() << "expectation names an unknown meeting field: " << field;
    return "";
}

class LayoutFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(LayoutFixture, ParsesAsExpected) {
    const std::string& name = GetParam();
    const json expected = json::parse(read_file(layouts_dir() / (name + ".expected.json")));
    schema::Minutes minutes;
    try {
        minutes = parse_fixture(name);
    } catch (const indexer::ParseError& error) {
        FAIL() << name << ": ParseError: " << error.what();
    }

    for (const auto& [field, value] : expected.at("meeting").items())
        EXPECT_EQ(meeting_field(minutes.meeting, field), value.get<std::string>())
            << name << ": meeting field '" << field << "'";

    const auto& items = expected.at("items");
    EXPECT_EQ(minutes.items.size(), items.size()) << name << ": item count; parsed items:" << item_listing(minutes);
    const std::size_t common = std::min(minutes.items.size(), items.size());
    for (std::size_t i = 0; i < common; ++i) {
        const json& want = items[i];
        const schema::AgendaItem& got = minutes.items[i];
        const std::string where = name + ": item #" + std::to_string(i + 1) + " (number " +
                                  std::to_string(want.at("number").get<int>()) + want.value("sub", "") + ") field ";
        EXPECT_EQ(got.number, want.at("number").get<int>()) << where << "'number'";
        EXPECT_EQ(got.sub, want.value("sub", "")) << where << "'sub'";
        EXPECT_EQ(got.title, want.at("title").get<std::string>()) << where << "'title'";
        EXPECT_EQ(got.closed, want.at("closed").get<bool>()) << where << "'closed'";
        const auto want_decisions = sorted(want.at("decisions").get<std::vector<std::string>>());
        EXPECT_EQ(sorted(got.decisions), want_decisions)
            << where << "'decisions': expected " << listing(want_decisions) << ", got " << listing(got.decisions);
        if (want.contains("type")) {
            EXPECT_EQ(got.type, want.at("type").get<std::string>()) << where << "'type'";
        }
        if (want.contains("case_number")) {
            EXPECT_EQ(got.case_number, want.at("case_number").get<std::string>()) << where << "'case_number'";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Layouts, LayoutFixture, ::testing::ValuesIn(layout_names()),
                         [](const ::testing::TestParamInfo<std::string>& fixture) { return fixture.param; });

TEST(LayoutFixtures, CoverAtLeastEightFamilies) {
    EXPECT_GE(layout_names().size(), 8u) << "expectations found in " << layouts_dir();
}

// The Dagsorden and the Referat of one meeting must describe the same meeting and items;
// only the Referat has decisions.
TEST(AgendaMinutesPair, DescribeTheSameMeeting) {
    const auto agenda = parse_fixture("agenda_dagsorden");
    const auto minutes = parse_fixture("agenda_minutes_pair_referat");
    EXPECT_EQ(agenda.meeting.kind, "dagsorden");
    EXPECT_EQ(minutes.meeting.kind, "referat");
    EXPECT_EQ(agenda.meeting.cluster, minutes.meeting.cluster) << "cluster";
    EXPECT_EQ(agenda.meeting.forum, minutes.meeting.forum) << "forum";
    EXPECT_EQ(agenda.meeting.date, minutes.meeting.date) << "date";
    ASSERT_EQ(agenda.items.size(), minutes.items.size()) << "agenda items:" << item_listing(agenda)
                                                         << "\n  minutes items:" << item_listing(minutes);
    bool minutes_decide = false;
    for (std::size_t i = 0; i < agenda.items.size(); ++i) {
        EXPECT_EQ(agenda.items[i].number, minutes.items[i].number) << "item #" << i + 1 << " number";
        EXPECT_EQ(agenda.items[i].sub, minutes.items[i].sub) << "item #" << i + 1 << " sub";
        EXPECT_EQ(agenda.items[i].title, minutes.items[i].title) << "item #" << i + 1 << " title";
        EXPECT_TRUE(agenda.items[i].decisions.empty())
            << "agenda item " << agenda.items[i].number << " has decisions " << listing(agenda.items[i].decisions);
        minutes_decide = minutes_decide || !minutes.items[i].decisions.empty();
    }
    EXPECT_TRUE(minutes_decide) << "the Referat of the pair records decisions";
}

}  // namespace
}  // namespace rs::test
