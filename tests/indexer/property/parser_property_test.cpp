// Property test of the minutes parser: random meetings printed in every layout family
// must come back with the same items, numbers, titles, decision texts and outcomes, and
// the meeting's cluster and date. Environment: RS_PROPERTY_SEED (a number, or "random"),
// RS_PROPERTY_MEETINGS (meetings per run), RS_PROPERTY_REPORT (failures reported in
// full). Failing renderings are written to $TMPDIR/referatsog-property/ for inspection.

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "indexer/read_minutes.hpp"
#include "tests/indexer/property/layout_family.hpp"
#include "tests/indexer/property/minutes_generator.hpp"

namespace rs::test {
namespace {

constexpr std::uint32_t default_seed = 20250428;
constexpr int default_meetings = 120;  // × 9 families = 1,080 renderings per run
constexpr int default_reported = 5;

std::uint32_t base_seed() {
    const char* text = std::getenv("RS_PROPERTY_SEED");
    if (text == nullptr || *text == '\0') return default_seed;
    if (std::string(text) == "random") return std::random_device{}();
    return static_cast<std::uint32_t>(std::strtoul(text, nullptr, 10));
}

/// How many failing renderings are reported in full (RS_PROPERTY_REPORT, default 5).
int reported_failures() {
    const char* text = std::getenv("RS_PROPERTY_REPORT");
    return text != nullptr && std::atoi(text) > 0 ? std::atoi(text) : default_reported;
}

int meeting_count() {
    const char* text = std::getenv("RS_PROPERTY_MEETINGS");
    return text != nullptr && std::atoi(text) > 0 ? std::atoi(text) : default_meetings;
}

std::uint32_t noise_seed(std::uint32_t seed, LayoutFamily family) {
    return seed * 2654435761u + static_cast<std::uint32_t>(family) * 40503u + 1u;
}

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

std::string join(const std::vector<std::string>& values) {
    std::string text = "[";
    for (const auto& value : values) text += (text.size() > 1 ? ", " : "") + quoted(value);
    return text + "]";
}

/// The text of the item's Beslutning and Konklusion sections, whitespace collapsed.
std::string parsed_decision_text(const schema::AgendaItem& item) {
    std::string text;
    for (const auto& section : item.sections)
        if (section.name == schema::section::beslutning || section.name == schema::section::konklusion)
            text += section.text + " ";
    return collapse_whitespace(text);
}

std::vector<std::string> sorted(std::vector<std::string> values) {
    std::sort(values.begin(), values.end());
    return values;
}

/// Collects "field: expected … / actual …" lines for one rendering.
class Differences {
public:
    void check(const std::string& where, const std::string& field, const std::string& expected,
               const std::string& actual) {
        if (expected == actual) return;
        lines_ << "  " << where << field << ":\n    expected " << expected << "\n    actual   " << actual << "\n";
        empty_ = false;
    }
    void note(const std::string& text) {
        lines_ << text;
        empty_ = false;
    }
    bool empty() const { return empty_; }
    std::string text() const { return lines_.str(); }

private:
    std::ostringstream lines_;
    bool empty_ = true;
};

std::string item_label(int number, const std::string& sub, const std::string& title) {
    return std::to_string(number) + (sub.empty() ? "" : sub) + " " + quoted(title);
}

/// Side-by-side list of expected and parsed items (when the counts differ).
std::string item_table(const GeneratedMeeting& expected, const schema::Minutes& parsed) {
    std::ostringstream out;
    const std::size_t rows = std::min<std::size_t>(std::max(expected.items.size(), parsed.items.size()), 25);
    for (std::size_t i = 0; i < rows; ++i) {
        const std::string left = i < expected.items.size()
                                     ? item_label(expected.items[i].number, expected.items[i].sub, expected.items[i].title)
                                     : "-";
        const std::string right =
            i < parsed.items.size()
                ? item_label(parsed.items[i].number, parsed.items[i].sub, collapse_whitespace(parsed.items[i].title))
                : "-";
        out << "    " << (left == right ? "  " : "≠ ") << left << "  |  " << right << "\n";
    }
    return out.str();
}

void compare(const Rendering& rendering, const schema::Minutes& parsed, Differences& diff) {
    const GeneratedMeeting& expected = rendering.expected;
    diff.check("meeting ", "cluster", quoted(expected.cluster), quoted(parsed.meeting.cluster));
    diff.check("meeting ", "body", quoted(expected.check_body ? expected.body : expected.cluster), quoted(parsed.meeting.body));
    diff.check("meeting ", "date", quoted(iso_date(expected.date)), quoted(parsed.meeting.date));
    diff.check("meeting ", "kind", quoted("referat"), quoted(parsed.meeting.kind));
    if (expected.check_forum) diff.check("meeting ", "forum", quoted(expected.forum), quoted(parsed.meeting.forum));
    if (expected.check_start_time)
        diff.check("meeting ", "start_time", quoted(clock_time(expected.start)), quoted(parsed.meeting.start_time));
    if (expected.items.size() != parsed.items.size())
        diff.note("  items: expected " + std::to_string(expected.items.size()) + ", parsed " +
                  std::to_string(parsed.items.size()) + "\n" + item_table(expected, parsed));
    const std::size_t common = std::min(expected.items.size(), parsed.items.size());
    for (std::size_t i = 0; i < common; ++i) {
        const GeneratedItem& want = expected.items[i];
        const schema::AgendaItem& got = parsed.items[i];
        const std::string where = "item #" + std::to_string(i + 1) + " (number " + std::to_string(want.number) +
                                  want.sub + ") ";
        diff.check(where, "number", std::to_string(want.number), std::to_string(got.number));
        diff.check(where, "sub", quoted(want.sub), quoted(got.sub));
        diff.check(where, "title", quoted(want.title), quoted(collapse_whitespace(got.title)));
        diff.check(where, "closed", want.closed ? "true" : "false", got.closed ? "true" : "false");
        if (want.check_type) diff.check(where, "type", quoted(want.type), quoted(got.type));
        if (want.check_case_number) diff.check(where, "case_number", quoted(want.case_number), quoted(got.case_number));
        if (want.closed) continue;  // a closed item's text is not the parser's to return
        diff.check(where, "decision text", quoted(expected_decision_text(want)), quoted(parsed_decision_text(got)));
        diff.check(where, "decisions", join(sorted(want.outcomes)), join(sorted(got.decisions)));
    }
}

std::filesystem::path save_rendering(const Rendering& rendering) {
    const auto folder = std::filesystem::temp_directory_path() / "referatsog-property";
    std::filesystem::create_directories(folder);
    const auto path = folder / (std::to_string(rendering.expected.seed) + "-" + family_name(rendering.family) + ".txt");
    std::ofstream(path, std::ios::binary) << rendering.text;
    return path;
}

TEST(ParserProperty, RecoversEveryItemInEveryLayoutFamily) {
    const std::uint32_t seed = base_seed();
    const int meetings = meeting_count();
    std::cout << "[ property ] base seed " << seed << ", " << meetings << " meetings × "
              << all_layout_families().size() << " layout families\n";
    const MinutesGenerator generator;
    std::map<std::string, std::pair<int, int>> per_family;  // family → (failures, renderings)
    int failures = 0, renderings = 0;
    for (int i = 0; i < meetings; ++i) {
        const GeneratedMeeting meeting = generator.make_meeting(seed + static_cast<std::uint32_t>(i));
        for (const LayoutFamily family : all_layout_families()) {
            const Rendering rendering = render_meeting(meeting, family, noise_seed(meeting.seed, family));
            const std::string source = std::to_string(meeting.seed) + "-" + family_name(family) + ".txt";
            Differences diff;
            try {
                compare(rendering, indexer::read_minutes_text(rendering.text, source), diff);
            } catch (const indexer::ParseError& error) {
                diff.note("  ParseError: " + std::string(error.what()) + "\n");
            } catch (const std::exception& error) {
                diff.note("  exception: " + std::string(error.what()) + "\n");
            }
            ++renderings;
            auto& counts = per_family[family_name(family)];
            ++counts.second;
            if (diff.empty()) continue;
            ++counts.first;
            if (++failures > reported_failures()) continue;
            ADD_FAILURE() << "seed " << meeting.seed << ", family " << family_name(family) << " (rendering saved to "
                          << save_rendering(rendering).string() << ")\n"
                          << diff.text() << "  reproduce: RS_PROPERTY_SEED=" << meeting.seed
                          << " RS_PROPERTY_MEETINGS=1 indexer_tests --gtest_filter='ParserProperty.*'";
        }
    }
    if (std::getenv("RS_PROPERTY_MEETINGS") == nullptr) {
        EXPECT_GE(renderings, 1000) << "the default run must print at least 1,000 renderings";
    }
    if (failures == 0) return;
    std::ostringstream summary;
    summary << failures << " of " << renderings << " renderings failed (base seed " << seed << "; first "
            << std::min(failures, reported_failures()) << " reported above). Per family:\n";
    for (const auto& [name, counts] : per_family)
        summary << "  " << name << ": " << counts.first << " / " << counts.second << "\n";
    ADD_FAILURE() << summary.str();
}

}  // namespace
}  // namespace rs::test
