// Titles, sentences and names from the vocabulary templates.

#include <chrono>

#include "tests/indexer/property/danish_dates.hpp"
#include "tests/indexer/property/minutes_generator.hpp"
#include "tests/indexer/property/vocabulary.hpp"

namespace rs::test {
namespace {

std::string amount(RandomSource& random) {
    if (random.chance(0.3)) return std::to_string(random.between(1, 4)) + "," + std::to_string(random.between(1, 9)) + " mio. kr.";
    return std::to_string(random.between(1, 9) * 50) + ".000 kr.";
}

std::string percent(RandomSource& random) {
    return std::to_string(random.between(5, 30)) + "," + std::to_string(random.between(0, 9));
}

/// A date some months before the meeting, written "12. november 2024".
std::string other_date(RandomSource& random, const GeneratedMeeting& meeting) {
    using namespace std::chrono;
    const auto earlier = year_month_day{sys_days(meeting.date) - days(random.between(20, 330))};
    const year_month_day day_fixed{earlier.year(), earlier.month(), day{static_cast<unsigned>(random.between(1, 28))}};
    return long_date(day_fixed);
}

/// The value for one placeholder name; `topic` remembers the last {topic} for {topic2}.
std::string placeholder_value(const std::string& name, RandomSource& random, const GeneratedMeeting& meeting,
                              std::string& topic) {
    const int year = static_cast<int>(meeting.date.year());
    if (name == "topic" || name == "Topic") {
        topic = random.pick(vocabulary::topics());
        return name == "Topic" ? capitalise(topic) : topic;
    }
    if (name == "topic2") {
        std::string other = random.pick(vocabulary::topics());
        while (other == topic) other = random.pick(vocabulary::topics());
        return other;
    }
    if (name == "aspect") return random.pick(vocabulary::aspects());
    if (name == "project") return random.pick(vocabulary::projects());
    if (name == "year") return std::to_string(year + random.between(-1, 1));
    if (name == "year2") return std::to_string(year + 2);
    if (name == "n") return std::to_string(random.between(1, 3));
    if (name == "count") return std::to_string(random.between(20, 400));
    if (name == "amount") return amount(random);
    if (name == "municipality") return random.pick(meeting.municipalities);
    if (name == "other_date") return other_date(random, meeting);
    if (name == "month") return random.pick(std::vector<std::string>{"marts", "juni", "september", "december"});
    if (name == "p1" || name == "p2") return percent(random);
    if (name == "clause") return random.pick(vocabulary::clauses());
    if (name == "subject") return random.pick(vocabulary::subjects());
    if (name == "verb") return random.pick(vocabulary::verbs());
    if (name == "object") return random.pick(vocabulary::objects());
    return "{" + name + "?}";  // an unknown placeholder shows up in the rendered text
}

}  // namespace

std::string capitalise(const std::string& text) {
    if (text.empty()) return text;
    std::string out = text;
    const auto first = static_cast<unsigned char>(out[0]);
    if (first >= 'a' && first <= 'z') {
        out[0] = static_cast<char>(first - 'a' + 'A');
    } else if (first == 0xC3 && out.size() > 1) {  // æ ø å → Æ Ø Å (U+00E6/F8/E5 → U+00C6/D8/C5)
        const auto second = static_cast<unsigned char>(out[1]);
        if (second == 0xA6 || second == 0xB8 || second == 0xA5) out[1] = static_cast<char>(second - 0x20);
    }
    return out;
}

std::string fill_template(const std::string& pattern, RandomSource& random, const GeneratedMeeting& meeting) {
    std::string text = pattern;
    std::string topic;
    for (int guard = 0; guard < 50; ++guard) {  // templates nest ({object} holds {topic}), never deeply
        const auto open = text.find('{');
        if (open == std::string::npos) break;
        const auto close = text.find('}', open);
        if (close == std::string::npos) break;
        const auto value = placeholder_value(text.substr(open + 1, close - open - 1), random, meeting, topic);
        text.replace(open, close - open + 1, value);
    }
    return text;
}

std::string make_title(RandomSource& random, const GeneratedMeeting& meeting) {
    return capitalise(fill_template(random.pick(vocabulary::title_templates()), random, meeting));
}

std::string make_paragraph(RandomSource& random, const GeneratedMeeting& meeting, int max_sentences) {
    std::string paragraph;
    const int sentences = random.between(1, max_sentences);
    for (int i = 0; i < sentences; ++i) {
        if (!paragraph.empty()) paragraph += ' ';
        paragraph += capitalise(fill_template(random.pick(vocabulary::sentence_templates()), random, meeting));
    }
    return paragraph;
}

std::string make_person(RandomSource& random) {
    return random.pick(vocabulary::first_names()) + " " + random.pick(vocabulary::last_names());
}

}  // namespace rs::test
