#include "bench/corpus_generator/sentence_writer.hpp"

#include "bench/corpus_generator/danish_text.hpp"
#include "bench/corpus_generator/meeting_content.hpp"

namespace rs::corpus_generator {

namespace {

// Chances (percent) that a sentence carries each kind of woven phrase.
constexpr int topic_percent = 35;
constexpr int project_percent = 25;
constexpr int organisation_percent = 18;
constexpr int amount_percent = 8;
constexpr int date_percent = 5;
constexpr int comma_percent = 30;
constexpr int italic_percent = 6;

std::string thousands(std::uint64_t value) {
    std::string digits = std::to_string(value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
        out += digits[i];
    }
    return out;
}

}  // namespace

SentenceWriter::SentenceWriter(const Vocabulary& vocabulary, ZipfShape shape)
    : vocabulary_(vocabulary), ranks_(vocabulary.size(), shape) {}

const std::string& SentenceWriter::word(Random& random) const { return vocabulary_.word(ranks_.draw(random)); }

std::string SentenceWriter::clause(Random& random, int min, int max) const {
    std::string out;
    const int count = random.between(min, max);
    for (int i = 0; i < count; ++i) {
        if (i) out += ' ';
        out += word(random);
    }
    return out;
}

std::string SentenceWriter::amount(Random& random) {
    switch (random.below(3)) {
        case 0: return thousands(static_cast<std::uint64_t>(random.between(5, 950)) * 1000) + " kr.";
        case 1: return std::to_string(random.between(1, 9)) + "," + std::to_string(random.between(1, 9)) + " mio. kr.";
        default: return thousands(static_cast<std::uint64_t>(random.between(100000, 4999999))) + " kr.";
    }
}

std::string SentenceWriter::sentence(Random& random, const Voice& voice) const {
    std::vector<std::string> words;
    const int count = random.between(6, 18);
    for (int i = 0; i < count; ++i) words.push_back(word(random));
    // Woven phrases go after the first word: a sentence never starts with a number or a name.
    const auto weave = [&](std::string phrase) {
        words.insert(words.begin() + 1 + static_cast<long>(random.index(words.size())), std::move(phrase));
    };
    if (voice.topic && random.percent(topic_percent)) {
        std::vector<const TopicText*> phrases;
        for (const auto& phrase : voice.topic->phrases)
            if (phrase.from_year <= voice.year) phrases.push_back(&phrase);
        if (!phrases.empty()) {
            std::string phrase = random.pick(phrases)->text;
            if (random.percent(italic_percent)) phrase = italic_begin + phrase + italic_end;
            weave(std::move(phrase));
        }
    }
    if (!voice.project.empty() && random.percent(project_percent)) weave(voice.project);
    if (!voice.organisations.empty() && random.percent(organisation_percent)) weave(random.pick(voice.organisations));
    if (random.percent(amount_percent)) weave(amount(random));
    if (random.percent(date_percent)) {
        Date date{voice.year - static_cast<int>(random.below(2)), random.between(1, 12), 1};
        date.day = random.between(1, days_in_month(date.year, date.month));
        weave("den " + long_date(date));
    }
    std::string out = capitalize(words[0]);
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (i + 1 < words.size() && i > 2 && random.percent(comma_percent) && words[i - 1].back() != '.') out += ',';
        out += ' ' + words[i];
    }
    if (out.back() != '.') out += '.';
    return out;
}

std::string SentenceWriter::paragraph(Random& random, const Voice& voice, int min, int max) const {
    std::string out;
    const int count = random.between(min, max);
    for (int i = 0; i < count; ++i) {
        if (i) out += ' ';
        out += sentence(random, voice);
    }
    return out;
}

}  // namespace rs::corpus_generator
