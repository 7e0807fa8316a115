// Two exports: a Word document turned into PDF and back into text (page markers, running
// headers, letter-spaced headings, hyphenated words, soft line breaks), and the older
// labelled-field layout (UDVALG, MØDE, STED, STARTTIDSPUNKT; POLITISK BEHANDLING).

#include <algorithm>
#include <cctype>

#include "tests/indexer/property/danish_dates.hpp"
#include "tests/indexer/property/layout_renderers.hpp"
#include "tests/indexer/property/render_parts.hpp"

namespace rs::test {
namespace {

/// The letters of a word that may be split at a line end: ASCII lower case, at least 8,
/// maybe followed by one punctuation mark. Returns the letter count, 0 if not splittable.
std::size_t splittable_letters(const std::string& word) {
    std::size_t letters = 0;
    while (letters < word.size() && word[letters] >= 'a' && word[letters] <= 'z') ++letters;
    const bool tail_ok = letters == word.size() || (letters + 1 == word.size() && std::ispunct(static_cast<unsigned char>(word.back())));
    return letters >= 8 && tail_ok ? letters : 0;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

/// Where Word would hyphenate: before a consonant that starts a syllable (consonant then
/// vowel), at least 3 letters from either end ("behand-ling", "hjem-meside"); 0 if nowhere.
std::size_t syllable_cut(const std::string& word, std::size_t letters, RandomSource& random) {
    std::vector<std::size_t> cuts;
    for (std::size_t at = 3; at + 3 <= letters; ++at)
        if (!is_vowel(word[at]) && is_vowel(word[at + 1])) cuts.push_back(at);
    return cuts.empty() ? 0 : random.pick(cuts);
}

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto space = text.find(' ', start);
        const auto piece = text.substr(start, space == std::string::npos ? std::string::npos : space - start);
        if (!piece.empty()) words.push_back(piece);
        if (space == std::string::npos) break;
        start = space + 1;
    }
    return words;
}

/// Soft line breaks at `width`, hyphenating some long words across the break ("be-" / "handling").
/// Like wrap_text, never starts a line with a digit.
std::vector<std::string> wrap_hyphenated(const std::string& text, int width, RandomSource& random) {
    std::vector<std::string> lines;
    std::string current;
    for (const auto& word : words_of(text)) {
        const bool fits = current.empty() || static_cast<int>(current.size() + 1 + word.size()) <= width;
        if (!fits) {
            const std::size_t cut = syllable_cut(word, splittable_letters(word), random);
            if (cut > 0 && random.chance(0.5)) {
                lines.push_back(current + " " + word.substr(0, cut) + "-");
                current = word.substr(cut);
                continue;
            }
            if (!std::isdigit(static_cast<unsigned char>(word[0]))) {
                lines.push_back(current);
                current.clear();
            }
        }
        if (!current.empty()) current += ' ';
        current += word;
    }
    if (!current.empty()) lines.push_back(current);
    return lines;
}

/// Starts every page, the first too, with the running header and ends it with "Side k af M";
/// pages are 28–45 lines long.
std::vector<std::string> paginate(const std::vector<std::string>& lines, const std::string& running_header,
                                  RandomSource& random) {
    std::vector<std::size_t> breaks;
    for (std::size_t at = static_cast<std::size_t>(random.between(28, 45)); at < lines.size();
         at += static_cast<std::size_t>(random.between(28, 45)))
        breaks.push_back(at);
    const std::string pages = std::to_string(breaks.size() + 1);
    std::vector<std::string> out = {running_header, ""};
    std::size_t next_break = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (next_break < breaks.size() && breaks[next_break] == i) {
            ++next_break;
            out.insert(out.end(), {"", "Side " + std::to_string(next_break) + " af " + pages, "", running_header, ""});
        }
        out.push_back(lines[i]);
    }
    out.insert(out.end(), {"", "Side " + pages + " af " + pages});
    return out;
}

void pdf_section(TextBuilder& out, const std::string& name, const std::vector<std::string>& texts, bool spaced,
                 int width, RandomSource& random) {
    if (texts.empty()) return;
    out.line(spaced ? letter_spaced(upper(name)) : name);
    for (const auto& text : texts)
        for (const auto& line : wrap_hyphenated(text, width, random)) out.line(line);
    out.blank();
}

}  // namespace

Rendering render_pdf_export(const GeneratedMeeting& meeting, RandomSource& random) {
    Rendering rendering{LayoutFamily::pdf_export, "", meeting};
    GeneratedMeeting& expected = rendering.expected;
    drop_sub_items(expected);
    expected.check_forum = !expected.forum.empty();
    expected.check_start_time = true;
    const int width = random.between(60, 95);
    const bool spaced = random.chance(0.8);
    const bool ad_headings = random.chance(0.5);

    TextBuilder out(random);
    out.line(meeting.cluster_written);
    out.line("Referat");
    if (!meeting.forum_written.empty()) out.line(meeting.forum_written);
    out.blank();
    const auto day = static_cast<unsigned>(meeting.date.day());
    std::string padded_day = std::to_string(day);
    if (day < 10) padded_day.insert(0, 1, '0');
    const std::string year = std::to_string(static_cast<int>(meeting.date.year()));
    switch (random.between(0, 2)) {
    case 0:
        out.line(weekday_name(meeting.date, true) + " d. " + padded_day + ". " + month_name(meeting.date) + ", " + year +
                 " kl. " + time_of_day(meeting.start, '.'));
        break;
    case 1:
        out.line(std::to_string(day) + "." + month_name(meeting.date) + " " + year + " kl. " +
                 time_of_day(meeting.start, '.'));
        break;
    default:
        out.line(weekday_name(meeting.date, false) + " den " + long_date(meeting.date) + " kl. " +
                 time_of_day(meeting.start, ':'));
        break;
    }
    out.line(meeting.venue);
    out.blank();
    for (const auto& line : wrap_text("Deltagere: " + participants(meeting), width)) out.line(line);
    if (!meeting.absent.empty()) out.line("Afbud: " + absent_names(meeting));
    out.blank();

    std::vector<std::string> headings;
    for (auto& item : expected.items) {
        item.check_type = item.procedural;
        const std::string title = (item.closed ? "FORTROLIG - " : "") + item.title;
        headings.push_back(ad_headings ? "Ad " + std::to_string(item.number) + ". " + title
                                       : std::to_string(item.number) + ": " + title);
    }
    if (random.chance(0.6)) {
        out.line(spaced ? letter_spaced("INDHOLD") : "Indhold");
        int page = 1;
        for (const auto& heading : headings) {
            out.line(heading + " " + std::string(static_cast<std::size_t>(random.between(8, 40)), '.') + " " +
                     std::to_string(page));
            page += random.between(0, 1);
        }
        out.blank();
    }
    for (std::size_t i = 0; i < expected.items.size(); ++i) {
        const GeneratedItem& item = expected.items[i];
        out.line(headings[i]);
        out.blank();
        if (item.closed) {
            pdf_section(out, "Sagsfremstilling", item.background, spaced, width, random);
            continue;
        }
        pdf_section(out, "Resumé", item.resume, spaced, width, random);
        pdf_section(out, "Sagsfremstilling", item.background, spaced, width, random);
        if (!item.recommendations.empty()) {
            std::vector<std::string> lines = {"Det indstilles, at klyngen"};
            for (const auto& line : recommendation_lines(item, 0)) lines.push_back(line);
            out.line(spaced ? letter_spaced("INDSTILLING") : "Indstilling");
            for (const auto& line : lines) out.line(line);
            out.blank();
        }
        pdf_section(out, "Bilag", item.attachments, spaced, 1 << 20, random);
        pdf_section(out, "Beslutning", item.decision, spaced, width, random);
    }
    std::string running_header = meeting.cluster_written + " · Referat · ";
    if (!meeting.forum_written.empty()) running_header += meeting.forum_written + " · ";
    running_header += dash_date(meeting.date);
    std::replace(running_header.end() - 10, running_header.end(), '-', '.');  // "04.01.2022"
    rendering.text = finish_text(paginate(out.lines(), running_header, random), random);
    return rendering;
}

Rendering render_old_labelled(const GeneratedMeeting& meeting, RandomSource& random) {
    Rendering rendering{LayoutFamily::old_labelled, "", meeting};
    GeneratedMeeting& expected = rendering.expected;
    drop_sub_items(expected);
    expected.check_forum = !expected.forum.empty();
    expected.check_start_time = true;
    const bool inline_labels = random.chance(0.4);
    const int width = random.chance(0.5) ? random.between(70, 100) : 0;

    TextBuilder out(random);
    const auto field = [&](const std::string& label, const std::string& value) {
        if (inline_labels) {
            out.line(label + ": " + value);
        } else {
            out.line(label);
            out.line(value);
            out.blank();
        }
    };
    out.line(meeting.cluster_written + " - Referat - " + long_date(meeting.date));
    out.blank();
    field("UDVALG", meeting.cluster_written + (meeting.forum_written.empty() ? "" : " - " + meeting.forum_written));
    field("MØDE", dash_date(meeting.date) + " kl. " + time_of_day(meeting.start, ':') + " - " +
                      time_of_day(meeting.end, ':'));
    field("STED", meeting.venue);
    field("STARTTIDSPUNKT", dash_date(meeting.date) + " " + time_of_day(meeting.start, ':') + ":00");
    field("SLUTTIDSPUNKT", dash_date(meeting.date) + " " + time_of_day(meeting.end, ':') + ":00");
    field("MEDLEMMER", participants(meeting));
    if (!meeting.absent.empty()) field("FRAVÆRENDE", absent_names(meeting));
    out.blank();

    const auto section = [&](const std::string& name, const std::vector<std::string>& texts) {
        if (texts.empty()) return;
        out.line(name);
        for (const auto& text : texts) out.paragraph(text, Markup::plain, width);
        out.blank();
    };
    const std::string decision_heading = random.chance(0.8) ? "POLITISK BEHANDLING" : "BESLUTNING";
    for (auto& item : expected.items) {
        item.check_type = item.procedural;
        out.line(std::to_string(item.number) + ". " + (item.closed ? "LUKKET PUNKT - " : "") + item.title);
        out.blank();
        if (!item.case_number.empty()) {
            out.line("Sagsid.: " + item.case_number);
            out.blank();
            item.check_case_number = true;
        }
        if (item.closed) {
            section("SAGSFREMSTILLING", item.background);
            continue;
        }
        section("BAGGRUND FOR SAGENS FREMLÆGGELSE", item.resume);
        section("SAGSFREMSTILLING", item.background);
        if (!item.recommendations.empty()) {
            out.line("INDSTILLING");
            out.line("Sekretariatet indstiller,");
            for (const auto& line : recommendation_lines(item, 2)) out.line(line);
            out.blank();
        }
        section("BILAG", item.attachments);
        section(decision_heading, item.decision);
    }
    rendering.text = finish_text(out.lines(), random);
    return rendering;
}

}  // namespace rs::test
