// The agenda items of a generated meeting: procedural items, content items with
// sections and a decision whose outcomes are known, closed items and sub-items.

#include <algorithm>

#include "tests/indexer/property/minutes_items.hpp"
#include "tests/indexer/property/vocabulary.hpp"

namespace rs::test {
namespace {

/// Outcomes sorted into vocabulary order, duplicates dropped.
std::vector<std::string> in_vocabulary_order(const std::vector<std::string>& outcomes) {
    std::vector<std::string> ordered;
    for (const auto& outcome : vocabulary::outcome_order())
        if (std::find(outcomes.begin(), outcomes.end(), outcome) != outcomes.end()) ordered.push_back(outcome);
    return ordered;
}

/// Sets `sentences` as the item's decision: one or two paragraphs.
void set_decision(GeneratedItem& item, const std::vector<std::string>& sentences, RandomSource& random) {
    item.decision.clear();
    if (sentences.empty()) return;
    const std::size_t split = sentences.size() >= 2 && random.chance(0.5)
                                  ? static_cast<std::size_t>(random.between(1, static_cast<int>(sentences.size()) - 1))
                                  : sentences.size();
    std::string first, second;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        std::string& target = i < split ? first : second;
        if (!target.empty()) target += ' ';
        target += sentences[i];
    }
    item.decision.push_back(first);
    if (!second.empty()) item.decision.push_back(second);
}

/// A random decision: one phrasing, maybe "Drøftet." before it, maybe neutral and attendance sentences.
void add_decision(GeneratedItem& item, RandomSource& random, const GeneratedMeeting& meeting) {
    const DecisionPhrase& phrase = random.pick(vocabulary::decision_phrases());
    std::vector<std::string> sentences = {fill_template(phrase.text, random, meeting)};
    std::vector<std::string> outcomes = phrase.outcomes;
    const bool discussed = std::find(outcomes.begin(), outcomes.end(), "drøftet") != outcomes.end();
    if (!outcomes.empty() && !discussed && random.chance(0.25)) {
        sentences.insert(sentences.begin(), "Drøftet.");
        outcomes.push_back("drøftet");
    }
    if (random.chance(0.2)) sentences.push_back(random.pick(vocabulary::neutral_decision_sentences()));
    if (random.chance(0.15)) {
        const std::string absent = random.pick(vocabulary::job_titles()) + " " + make_person(random) +
                                   " deltog ikke i sagens behandling.";
        if (random.chance(0.5)) sentences.insert(sentences.begin(), absent);
        else sentences.push_back(absent);
    }
    set_decision(item, sentences, random);
    item.outcomes = in_vocabulary_order(outcomes);
}

std::string recommendation_for(const std::string& type, RandomSource& random, const GeneratedMeeting& meeting) {
    if (type == "beslutningssag") return fill_template("godkender forslaget om {topic}", random, meeting);
    if (type == "drøftelsessag") return fill_template("drøfter {topic}", random, meeting);
    if (type == "orienteringssag" || type == "skriftlig orientering") return "tager orienteringen til efterretning";
    return fill_template(random.pick(std::vector<std::string>{"godkender forslaget om {topic}", "drøfter {topic}",
                                                              "tager orienteringen til efterretning"}),
                         random, meeting);
}

std::string pick_type(RandomSource& random) {
    const int draw = random.between(1, 100);
    if (draw <= 30) return "beslutningssag";
    if (draw <= 55) return "drøftelsessag";
    if (draw <= 75) return "orienteringssag";
    if (draw <= 85) return "skriftlig orientering";
    return "";
}

GeneratedItem content_item(RandomSource& random, const GeneratedMeeting& meeting) {
    GeneratedItem item;
    item.title = make_title(random, meeting);
    item.type = item.title.rfind("Orientering om", 0) == 0 ? "" : pick_type(random);
    if (random.chance(0.5)) item.resume.push_back(make_paragraph(random, meeting, 2));
    const int paragraphs = random.between(1, 3);
    for (int i = 0; i < paragraphs; ++i) {
        if (i > 0 && random.chance(0.3)) item.background.push_back(random.pick(vocabulary::background_subheadings()));
        item.background.push_back(make_paragraph(random, meeting, 4));
    }
    if (item.type != "skriftlig orientering" || random.chance(0.5)) {
        item.recommendations.push_back(recommendation_for(item.type, random, meeting));
        if (random.chance(0.3)) item.recommendations.push_back("drøfter den videre proces");
    }
    if (random.chance(0.3)) {
        item.attachments.push_back(fill_template("Notat om {topic} {year}.pdf", random, meeting));
        if (random.chance(0.4)) item.attachments.push_back("Præsentation fra mødet.pptx");
    }
    if (random.chance(0.85)) add_decision(item, random, meeting);
    return item;
}

GeneratedItem procedural_item(const std::string& title, RandomSource& random) {
    GeneratedItem item;
    item.title = title;
    item.type = "procedurepunkt";
    item.procedural = true;
    if (title == "Godkendelse af dagsorden") {
        item.recommendations.push_back("godkender dagsordenen");
        if (random.chance(0.85)) {
            set_decision(item, {random.chance(0.5) ? "Godkendt." : "Dagsordenen blev godkendt."}, random);
            item.outcomes = {"godkendt"};
        }
    } else if (title == "Eventuelt") {
        if (random.chance(0.7))
            set_decision(item, {random.pick(std::vector<std::string>{"Ingen bemærkninger.", "Intet til punktet.",
                                                                     "Formanden takkede for oplægget."})},
                         random);
    } else if (title.rfind("Mødeplan", 0) == 0) {
        item.background.push_back("Sekretariatet foreslår fire møder i løbet af året.");
        set_decision(item, {"Godkendt."}, random);
        item.outcomes = {"godkendt"};
    } else if (title == "Sager til kommende møder") {
        if (random.chance(0.6)) {
            set_decision(item, {"Drøftet."}, random);
            item.outcomes = {"drøftet"};
        }
    } else if (title.rfind("Velkomst", 0) == 0) {
        if (random.chance(0.5)) set_decision(item, {"Formanden bød velkommen."}, random);
    }
    return item;
}

std::string case_number(int style, RandomSource& random) {
    const auto n = [&](int low, int high) { return std::to_string(random.between(low, high)); };
    switch (style) {
    case 0: return "1-" + n(10, 39) + "-" + n(10, 99) + "-" + n(10, 999) + "-" + n(18, 27);
    case 1: return n(12, 27) + "/" + n(100, 9999);
    default: return n(100, 999) + "-" + n(2012, 2027) + "-" + n(10, 999);
    }
}

/// True when no item of `items` has `title` (one meeting never holds two items of one title).
bool unused(const std::vector<GeneratedItem>& items, const std::string& title) {
    return std::none_of(items.begin(), items.end(), [&](const GeneratedItem& item) { return item.title == title; });
}

/// A content item whose title no earlier item has.
GeneratedItem fresh_content_item(const std::vector<GeneratedItem>& items, RandomSource& random,
                                 const GeneratedMeeting& meeting) {
    GeneratedItem item = content_item(random, meeting);
    while (!unused(items, item.title)) item.title = make_title(random, meeting);
    if (item.title.rfind("Orientering om", 0) == 0) item.type.clear();
    return item;
}

/// Turns item `index` into a parent with 2–3 sub-items after it.
void add_sub_items(std::vector<GeneratedItem>& items, std::size_t index, RandomSource& random,
                   const GeneratedMeeting& meeting) {
    GeneratedItem& parent = items[index];
    parent.type.clear();
    parent.resume.clear();
    parent.recommendations.clear();
    parent.attachments.clear();
    parent.decision.clear();
    parent.outcomes.clear();
    parent.background = {"Under dette punkt behandles flere sager om " + random.pick(vocabulary::topics()) + "."};
    const int count = random.between(2, 3);
    std::vector<GeneratedItem> subs;
    for (int i = 0; i < count; ++i) {
        std::vector<GeneratedItem> taken = items;
        taken.insert(taken.end(), subs.begin(), subs.end());
        GeneratedItem sub = fresh_content_item(taken, random, meeting);
        sub.sub = std::string(1, static_cast<char>('a' + i));
        subs.push_back(sub);
    }
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(index) + 1, subs.begin(), subs.end());
}

}  // namespace

void add_items(GeneratedMeeting& meeting, RandomSource& random) {
    const int wanted = random.between(1, 15);
    std::vector<GeneratedItem> items;
    if (random.chance(0.2))
        items.push_back(procedural_item(random.chance(0.3) ? "Velkomst v. " + make_person(random) : "Velkomst", random));
    if (random.chance(0.5)) items.push_back(procedural_item("Godkendelse af dagsorden", random));
    const bool closing = random.chance(0.6);
    const std::string plan = "Mødeplan " + std::to_string(static_cast<int>(meeting.date.year()) + 1);
    while (static_cast<int>(items.size()) < wanted - (closing ? 1 : 0)) {
        if (items.size() >= 3 && random.chance(0.06) && unused(items, "Pause"))
            items.push_back(procedural_item("Pause", random));
        else if (random.chance(0.05) && unused(items, "Sager til kommende møder"))
            items.push_back(procedural_item("Sager til kommende møder", random));
        else if (random.chance(0.04) && unused(items, plan))
            items.push_back(procedural_item(plan, random));
        else
            items.push_back(fresh_content_item(items, random, meeting));
    }
    if (closing || items.empty()) items.push_back(procedural_item("Eventuelt", random));

    for (auto& item : items) {
        if (item.procedural || !random.chance(0.12)) continue;
        item.closed = true;
        item.type.clear();
        item.resume.clear();
        item.recommendations.clear();
        item.attachments.clear();
        item.decision.clear();
        item.outcomes.clear();
        item.background = {"Sagen er behandlet for lukkede døre."};
    }
    if (random.chance(0.15)) {
        std::vector<std::size_t> candidates;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (!items[i].procedural && !items[i].closed) candidates.push_back(i);
        if (!candidates.empty()) add_sub_items(items, random.pick(candidates), random, meeting);
    }

    const int case_style = random.chance(0.4) ? random.between(0, 2) : -1;
    int number = random.chance(0.7) ? 1 : random.between(10, 90);
    int clock = meeting.start;
    for (std::size_t i = 0; i < items.size(); ++i) {
        GeneratedItem& item = items[i];
        if (item.sub.empty() && i > 0) ++number;
        item.number = number;
        item.slot_start = clock;
        clock += random.between(1, 9) * 5;
        item.slot_end = clock;
        if (case_style >= 0 && !item.procedural) item.case_number = case_number(case_style, random);
    }
    meeting.items = std::move(items);
}

}  // namespace rs::test
