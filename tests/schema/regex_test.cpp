#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#include "schema/text/matcher_pool.hpp"
#include "schema/text/regex.hpp"

namespace rs::schema {
namespace {

constexpr const char* date_pattern = R"((?<d>\d{1,2})\.\s*(?<mon>\p{L}+)\s+(?<y>\d{4})(?:\s+kl\.\s*(?<h>\d{1,2}))?)";

// A Match reads the caller's text in place: handing find() a temporary is refused.
template <class R>
concept finds_in_temporary = requires(const R& regex) { regex.find(icu::UnicodeString()); };
static_assert(!finds_in_temporary<Regex>);
static_assert(!std::is_copy_constructible_v<Match> && std::is_nothrow_move_constructible_v<Match>);

TEST(Regex, FindReadsGroupsAndOffsets) {
    const Regex date(date_pattern);
    const icu::UnicodeString text = to_unicode("Mødet den 28. APRIL 2025 kl. 14");
    const auto match = date.find(text);
    ASSERT_TRUE(match);
    EXPECT_EQ(match.group("d"), "28");
    EXPECT_EQ(match.group("mon"), "APRIL") << "case-insensitive unless told otherwise";
    EXPECT_EQ(match.group("y"), "2025");
    EXPECT_EQ(match.group("h"), "14");
    EXPECT_EQ(match.group(0), "28. APRIL 2025 kl. 14");
    EXPECT_EQ(match.group("missing"), "") << "a group the pattern does not declare";
    EXPECT_EQ(match.group(9), "");
    EXPECT_EQ(match.start(), 10);
    EXPECT_EQ(match.end(), text.length());

    const auto without_time = date.find(std::string_view("d. 3. marts 2024"));  // the UTF-8 overload
    ASSERT_TRUE(without_time);
    EXPECT_EQ(without_time.group("mon"), "marts");
    EXPECT_EQ(without_time.group("h"), "") << "a group that did not take part";

    const auto from_offset = date.find(text, 12);
    EXPECT_FALSE(from_offset) << "searching from an offset past the match's start";
    EXPECT_EQ(from_offset.group("d"), "");
    EXPECT_EQ(from_offset.start(), -1);
    EXPECT_FALSE(Regex("kl", /*case_insensitive=*/false).find(std::string_view("KL. 14")));
}

TEST(Regex, NestedMatchesOfOneRegexAreBothValid) {
    const Regex date(date_pattern);
    const icu::UnicodeString first = to_unicode("1. januar 2020"), second = to_unicode("Mandag 22. november 2023");
    const auto outer = date.find(first);
    ASSERT_TRUE(outer);
    {
        const auto inner = date.find(second);
        ASSERT_TRUE(inner);
        const auto innermost = date.find(std::string_view("31. december 1999"));
        EXPECT_EQ(inner.group("mon"), "november");
        EXPECT_EQ(innermost.group("y"), "1999");
        EXPECT_EQ(outer.group("mon"), "januar") << "the inner searches have matchers of their own";
    }
    EXPECT_EQ(outer.group("y"), "2020");
    EXPECT_EQ(outer.start(), 0);

    // A Match moved elsewhere keeps its matcher and the UTF-8 text it holds.
    std::vector<Match> kept;
    for (const char* text : {"2. maj 2001", "3. juni 2002", "4. juli 2003"}) kept.push_back(date.find(std::string_view(text)));
    EXPECT_EQ(kept[0].group("mon"), "maj");
    EXPECT_EQ(kept[1].group("mon"), "juni");
    EXPECT_EQ(kept[2].group("y"), "2003");
    Match reassigned = date.find(std::string_view("no date"));
    EXPECT_FALSE(reassigned);
    reassigned = std::move(kept[1]);
    EXPECT_EQ(reassigned.group("d"), "3");
}

TEST(Regex, OneRegexServesSeveralThreads) {
    const Regex date(date_pattern);
    const Regex separator(R"(\s*\|\s*)");
    constexpr int finds_per_thread = 20000;
    std::atomic<int> wrong{0};
    auto search = [&](int thread) {
        const char* months[] = {"januar", "februar", "marts", "april"};
        for (int i = 0; i < finds_per_thread; ++i) {
            const std::string day = std::to_string(1 + (i + thread) % 28);
            const std::string month = months[(i + thread) % 4];
            const std::string year = std::to_string(1990 + thread * 10 + i % 10);
            const std::string text = "Referat | " + day + ". " + month + " " + year;
            const icu::UnicodeString u = to_unicode(text);
            const auto match = (i % 2 == 0) ? date.find(u) : date.find(std::string_view(text));
            if (!match || match.group("d") != day || match.group("mon") != month || match.group("y") != year)
                ++wrong;
            if (to_utf8(separator.replace_all(u, " ")) != "Referat " + day + ". " + month + " " + year) ++wrong;
        }
    };
    std::thread a(search, 0), b(search, 1);
    a.join();
    b.join();
    EXPECT_EQ(wrong.load(), 0);
}

TEST(Regex, ThreadsBeyondThePlacesAndMatchesThatChangeThreads) {
    const Regex date(date_pattern);
    std::mutex mutex;
    std::vector<Match> handed_over;  // made on a thread that ends, given back from this one
    std::atomic<int> wrong{0};
    for (int round = 0; round < 3; ++round) {  // ended threads free their places for the next
        std::vector<std::thread> threads;
        for (std::size_t t = 0; t < detail::MatcherPool::thread_places + 2; ++t)
            threads.emplace_back([&, t] {
                const std::string day = std::to_string(1 + t % 28);
                for (int i = 0; i < 200; ++i)
                    if (date.find(std::string_view(day + ". maj 2024")).group("d") != day) ++wrong;
                auto kept = date.find(std::string_view(day + ". juni 2025"));
                const std::lock_guard lock(mutex);
                handed_over.push_back(std::move(kept));
            });
        for (auto& thread : threads) thread.join();
    }
    EXPECT_EQ(wrong.load(), 0);
    for (const auto& match : handed_over) EXPECT_EQ(match.group("mon"), "juni");
    handed_over.clear();
    EXPECT_EQ(date.find(std::string_view("7. juli 2026")).group("y"), "2026");
}

TEST(Regex, CopiesShareTheCompiledPattern) {
    std::optional<Regex> original(std::in_place, date_pattern);
    const Regex copy = *original;
    EXPECT_EQ(&copy.pattern(), &original->pattern());
    EXPECT_EQ(copy.source(), date_pattern);
    Regex assigned("x");
    assigned = copy;
    EXPECT_EQ(&assigned.pattern(), &copy.pattern());
    original.reset();  // the copies keep the pattern alive
    const auto match = copy.find(std::string_view("15. januar 2020"));
    ASSERT_TRUE(match);
    EXPECT_EQ(match.group("y"), "2020");
    EXPECT_TRUE(assigned.has_group("mon"));
    EXPECT_FALSE(assigned.has_group("month"));
}

TEST(Regex, ReplacesAndRefusesBadPatterns) {
    const Regex link(R"(\[([^\]]*)\]\([^)]*\))");
    EXPECT_EQ(to_utf8(link.replace_all(to_unicode("se [bilag](http://x) og [referat](y)"), "$1")),
              "se bilag og referat");
    try {
        Regex broken("(?<open>unclosed");
        FAIL() << "compiled a broken pattern";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("(?<open>unclosed"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace rs::schema
