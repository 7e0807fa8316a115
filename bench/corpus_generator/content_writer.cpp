#include "bench/corpus_generator/content_writer.hpp"

#include <algorithm>

#include "bench/corpus_generator/danish_text.hpp"

namespace rs::corpus_generator {

namespace {

constexpr int first_procedural_percent = 85;  // meetings that open with a procedural item
constexpr int last_procedural_percent = 85;   // … and close with one
constexpr int pause_percent = 10;             // long meetings with a PAUSE item
constexpr int project_item_percent = 22;      // cases about a named project
constexpr int project_in_title_percent = 70;  // … that name it in the title
constexpr int resume_percent = 60;
constexpr int attachment_percent = 30;
constexpr int decision_more_percent = 25;     // decisions followed by a paragraph of detail
constexpr int attendance_note_percent = 4;    // "X deltog ikke i sagens behandling."
constexpr int written_orientation_percent = 12;
constexpr int sub_items_percent = 30;         // multiline meetings that group two items under one
constexpr int email_percent = 35;

std::string replace_all(std::string text, std::string_view from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

/// "det politiske niveau" as the subject of a decision sentence, and where its cases go.
std::pair<std::string, std::string> subject_and_next(const Body& body, const std::string& forum, Random& random) {
    if (body.kind == BodyKind::municipal) return {"Udvalget", random.percent(50) ? "byrådet" : "kommunalbestyrelsen"};
    if (body.kind == BodyKind::regional) return {"Udvalget", "regionsrådet"};
    if (forum == "Politisk niveau") return {random.percent(50) ? "Det politiske niveau" : "Politisk niveau",
                                            "Sundhedskoordinationsudvalget"};
    if (forum == "Fagligt strategisk niveau") return {random.percent(60) ? "FSN" : "Fagligt strategisk niveau",
                                                      "det politiske niveau"};
    if (forum == "Koordinationsforum") return {"Koordinationsforum", "Fagligt strategisk niveau"};
    if (forum == "Klyngestyregruppe") return {"Klyngestyregruppen", "det politiske niveau"};
    if (forum == "Sundhedsråd") return {"Sundhedsrådet", "regionsrådet og kommunalbestyrelserne"};
    return {forum, "det politiske niveau"};
}

template <typename Row>
const Row& weighted_pick(const std::vector<const Row*>& rows, Random& random) {
    std::vector<unsigned> weights;
    for (const Row* row : rows) weights.push_back(row->weight);
    return *rows[random.weighted(weights)];
}

std::string item_file_name(const std::string& title, Random& random) {
    static constexpr const char* extensions[] = {".pdf", ".pdf", ".docx", ".xlsx"};
    std::string name = title.size() > 60 ? title.substr(0, title.find(' ', 40)) : title;
    return name + (random.percent(50) ? "" : " – bilag " + std::to_string(random.between(1, 3))) +
           extensions[random.below(4)];
}

}  // namespace

std::string ContentWriter::person(Random& random) const {
    return random.pick(data_.first_names) + " " + random.pick(data_.last_names);
}

MeetingContent ContentWriter::write(const MeetingPlan& plan, Random& random) const {
    MeetingContent meeting;
    meeting.plan = &plan;
    meeting.body = plan.body;
    const Body& body = *plan.body;
    const std::string town = random.pick(body.towns);
    switch (random.below(body.kind == BodyKind::municipal ? 3 : 5)) {
        case 0: meeting.place = town + " Rådhus, mødelokale " + std::to_string(random.between(1, 9)); break;
        case 1: meeting.place = "Byrådssalen, " + town + " Rådhus"; break;
        case 2: meeting.place = "Rådhuset, lokale " + std::to_string(random.between(100, 450)); break;
        case 3: meeting.place = body.hospital + ", mødelokale " + std::to_string(random.between(1, 6)); break;
        default: meeting.place = random.percent(50) ? "Teams" : "Virtuelt"; break;
    }
    std::tie(meeting.subject, meeting.next_body) = subject_and_next(body, plan.forum, random);
    write_people(meeting, random);

    const int count = plan.items;
    meeting.items.resize(static_cast<std::size_t>(count));
    std::vector<Position> positions(static_cast<std::size_t>(count), Position::middle);
    std::vector<bool> procedural(static_cast<std::size_t>(count), false);
    if (count >= 3) {
        procedural.front() = random.percent(first_procedural_percent);
        procedural.back() = random.percent(last_procedural_percent);
        positions.front() = Position::first;
        positions.back() = Position::last;
    }
    // Closed items stand among the cases, never first or last.
    std::vector<std::size_t> middle;
    for (std::size_t i = count >= 3 ? 1 : 0; i < static_cast<std::size_t>(count) - (count >= 3 ? 1 : 0); ++i)
        middle.push_back(i);
    for (int c = 0; c < plan.closed && !middle.empty(); ++c) {
        const std::size_t at = random.index(middle.size());
        meeting.items[middle[at]].closed = true;
        middle.erase(middle.begin() + static_cast<long>(at));
    }
    if (count >= 7 && random.percent(pause_percent) && !middle.empty()) procedural[middle[middle.size() / 2]] = true;

    Clock clock = plan.start;
    for (std::size_t i = 0; i < meeting.items.size(); ++i) {
        ItemContent& item = meeting.items[i];
        item.number = plan.first_number + static_cast<int>(i);
        item.from = clock;
        clock = add_minutes(clock, 5 * random.between(1, 9));
        item.to = clock;
        if (item.closed) write_closed(item, meeting, random);
        else if (procedural[i]) write_procedural(item, positions[i], meeting, random);
        else write_case(item, meeting, random);
    }
    // Some systems group two cases under one heading: "2. Demensområdet", "2. a.", "2. b.".
    if (plan.family == LayoutFamily::multiline_header && count >= 6 && random.percent(sub_items_percent)) {
        const std::size_t parent = 1 + random.index(static_cast<std::size_t>(count) - 4);
        auto& items = meeting.items;
        if (!items[parent].procedural && !items[parent].closed && !items[parent + 1].procedural &&
            !items[parent + 1].closed && !items[parent + 2].procedural && !items[parent + 2].closed) {
            ItemContent& head = items[parent];
            const Voice voice = voice_for(head, meeting);
            const int number = head.number;
            head = ItemContent{};
            head.number = number;
            head.title = random.pick(data_.topics).titles.front().text;
            head.topic.clear();
            head.from = items[parent + 1].from;
            head.to = head.from;
            head.background.push_back({Passage::Kind::paragraph,
                                       "Under dette punkt behandles to sager. " + sentences_.sentence(random, voice), {}, {}});
            items[parent + 1].number = items[parent + 2].number = head.number;
            items[parent + 1].sub.assign(1, 'a');
            items[parent + 2].sub.assign(1, 'b');
            for (std::size_t j = parent + 3; j < items.size(); ++j) items[j].number -= 2;
        }
    }
    return meeting;
}

void ContentWriter::write_people(MeetingContent& meeting, Random& random) const {
    const Body& body = *meeting.body;
    const std::vector<std::string> organisations = organisations_of(body);
    const int count = random.between(4, 10);
    for (int i = 0; i < count; ++i) {
        Participant p;
        p.name = person(random);
        p.title = random.pick(data_.job_titles);
        p.organisation = organisations[random.index(organisations.size() - 1)];  // not "PLO" alone
        if (random.percent(email_percent)) {
            const std::string first = ascii_slug(p.name.substr(0, p.name.find(' ')));
            const std::string domain = p.organisation.ends_with(" Kommune")
                                           ? ascii_slug(p.organisation.substr(0, p.organisation.size() - 8)) + ".dk"
                                           : "regionen.dk";
            p.email = first.substr(0, 3) + ascii_slug(p.name.substr(p.name.find(' ') + 1)).substr(0, 2) + "@" + domain;
        }
        meeting.participants.push_back(std::move(p));
    }
    const int absent = random.between(0, 2);
    for (int i = 0; i < absent; ++i) meeting.absent.push_back(meeting.participants[random.index(meeting.participants.size())].name);
}

Voice ContentWriter::voice_for(const ItemContent& item, const MeetingContent& meeting) const {
    Voice voice;
    if (!item.topic.empty()) voice.topic = &data_.topic(item.topic);
    for (const auto& project : data_.projects)
        if (project.canonical == item.project) {
            voice.topic = &data_.topic(project.topic);
            voice.project = project.written.front();
        }
    voice.organisations = organisations_of(*meeting.body);
    voice.year = meeting.plan->date.year;
    return voice;
}

std::string ContentWriter::fill(std::string text, const ItemContent& item, const MeetingContent& meeting,
                                Random& random) const {
    const std::vector<std::string>& objects = item.type == CaseType::beslutning  ? data_.decision_objects
                                              : item.type == CaseType::droftelse ? data_.discussion_objects
                                                                                 : data_.orientation_objects;
    const std::string object = item.recommendations.empty() ? random.pick(objects) : item.recommendations.front().object;
    text = replace_all(std::move(text), "{Subject}", meeting.subject);
    text = replace_all(std::move(text), "{Object}", capitalize(object));
    text = replace_all(std::move(text), "{object}", object);
    text = replace_all(std::move(text), "{next}", meeting.next_body);
    text = replace_all(std::move(text), "{model}", std::to_string(random.between(1, 3)));
    text = replace_all(std::move(text), "{next_year}", std::to_string(meeting.plan->date.year + 1));
    text = replace_all(std::move(text), "{town}", random.pick(meeting.body->towns));
    if (text.find("{person}") != std::string::npos) text = replace_all(std::move(text), "{person}", person(random));
    if (text.find("{clause}") != std::string::npos)
        text = replace_all(std::move(text), "{clause}", sentences_.clause(random, 5, 12));
    return text;
}

void ContentWriter::write_procedural(ItemContent& item, Position position, const MeetingContent& meeting,
                                     Random& random) const {
    std::vector<const ProceduralItem*> rows;
    for (const auto& row : data_.procedural)
        if (row.position == position) rows.push_back(&row);
    const ProceduralItem& row = weighted_pick(rows, random);
    item.procedural = true;
    item.title = fill(row.title, item, meeting, random);
    if (item.title == "Velkomst" && random.percent(40)) item.title += " v. " + person(random);
    if (item.title == "Mødedeltagere")
        for (const auto& p : meeting.participants)
            item.attendees.push_back(p.title + ", " + p.name + ", " + p.organisation + (p.email.empty() ? "" : " " + p.email));
    if (item.title.starts_with("Godkendelse af dagsorden"))
        item.recommendations.push_back({Verb::approve, "dagsordenen"});
    if (meeting.plan->agenda || row.decision.empty()) return;
    item.decision = fill(row.decision, item, meeting, random);
    item.outcomes = row.outcomes;
}

void ContentWriter::write_closed(ItemContent& item, const MeetingContent& meeting, Random& random) const {
    std::vector<const ProceduralItem*> rows;
    for (const auto& row : data_.procedural)
        if (row.position == Position::closed) rows.push_back(&row);
    item.closed = true;
    item.title = fill(weighted_pick(rows, random).title, item, meeting, random);
    item.type = CaseType::beslutning;
}

void ContentWriter::write_case(ItemContent& item, const MeetingContent& meeting, Random& random) const {
    const MeetingPlan& plan = *meeting.plan;
    const int year = plan.date.year;
    // A project the body's region ran by then, or a topic.
    std::vector<const Project*> projects;
    for (const auto& project : data_.projects)
        if (project.from_year <= year && (project.regions.empty() || std::find(project.regions.begin(), project.regions.end(),
                                                                               meeting.body->region) != project.regions.end()))
            projects.push_back(&project);
    const std::uint64_t type_draw = random.below(100);
    item.type = type_draw < 40 ? CaseType::beslutning : type_draw < 75 ? CaseType::orientering : CaseType::droftelse;
    if (!projects.empty() && random.percent(project_item_percent)) {
        const Project& project = *random.pick(projects);
        item.project = project.canonical;
        const std::string& written = random.pick(project.written);
        static constexpr const char* templates[] = {"Status på {p}", "Evaluering af {p}", "Orientering om {p}",
                                                    "Implementering af {p}", "Videreførelse af {p}", "Erfaringer med {p}"};
        if (random.percent(project_in_title_percent)) item.title = replace_all(templates[random.below(6)], "{p}", written);
        else item.topic = project.topic;
    } else {
        item.topic = random.pick(data_.topics).name;
    }
    if (item.title.empty()) {
        std::vector<const TopicText*> titles;
        for (const auto& title : data_.topic(item.topic).titles)
            if (title.from_year <= year) titles.push_back(&title);
        if (titles.empty()) titles.push_back(&data_.topic(item.topic).titles.front());
        item.title = replace_all(random.pick(titles)->text, "{year}", std::to_string(year));
        // A topic's title may itself name a project ("Implementering af forløbsprogram for
        // lænderygbesvær"): then the item is about that project, as the indexer will read it.
        const std::string title = lower(item.title);
        for (const auto& project : data_.projects)
            for (const auto& written : project.written)
                if (item.project.empty() && title.find(lower(written)) != std::string::npos) item.project = project.canonical;
    }
    item.written_orientation = item.type == CaseType::orientering && random.percent(written_orientation_percent);

    const Voice voice = voice_for(item, meeting);
    if (random.percent(resume_percent)) item.resume.push_back(sentences_.paragraph(random, voice, 1, 3));
    item.background = write_background(voice, meeting, random);
    // Woven into a quarter of the sentences, a project could go unnamed in a short case;
    // a case about a project whose title does not name it says so in its first paragraph.
    if (!item.project.empty() && lower(item.title).find(lower(voice.project)) == std::string::npos)
        for (auto& passage : item.background)
            if (passage.kind == Passage::Kind::paragraph) {
                passage.text = "Sagen vedrører " + voice.project + ". " + passage.text;
                break;
            }

    // The recommendation: the verb the case type implies first, sometimes another after it.
    const std::vector<std::string>& objects = item.type == CaseType::beslutning  ? data_.decision_objects
                                              : item.type == CaseType::droftelse ? data_.discussion_objects
                                                                                 : data_.orientation_objects;
    const Verb main = item.type == CaseType::beslutning ? (random.percent(75) ? Verb::approve : Verb::decide)
                      : item.type == CaseType::droftelse ? Verb::discuss
                                                         : Verb::take_note;
    item.recommendations.push_back({main, random.pick(objects)});
    if (random.percent(25))
        item.recommendations.push_back({main == Verb::discuss ? Verb::take_note : Verb::discuss,
                                        random.pick(main == Verb::discuss ? data_.orientation_objects : data_.discussion_objects)});
    if (random.percent(attachment_percent)) {
        item.attachments.push_back(item_file_name(item.title, random));
        if (random.percent(30)) item.attachments.push_back("Notat " + std::to_string(year) + "-" + std::to_string(random.between(1, 99)) + ".pdf");
    }
    if (!plan.agenda) write_decision(item, meeting, random);
}

void ContentWriter::write_decision(ItemContent& item, const MeetingContent& meeting, Random& random) const {
    std::vector<const DecisionPhrase*> rows;
    for (const auto& row : data_.decisions)
        if (row.type == item.type) rows.push_back(&row);
    const DecisionPhrase& row = weighted_pick(rows, random);
    item.decision = fill(row.phrase, item, meeting, random);
    item.outcomes = row.outcomes;
    if (random.percent(decision_more_percent))
        item.decision_more.push_back(sentences_.paragraph(random, voice_for(item, meeting), 1, 2));
    if (random.percent(attendance_note_percent)) item.attendance_note = person(random) + " deltog ikke i sagens behandling.";
}

std::vector<Passage> ContentWriter::write_background(const Voice& voice, const MeetingContent& meeting,
                                                     Random& random) const {
    std::vector<Passage> passages;
    static constexpr const char* subheadings[] = {"Baggrund", "Økonomi", "Proces", "Tidligere beslutninger",
                                                  "Status", "Forslag til den videre proces"};
    const int paragraphs = random.between(1, 4);
    const bool with_subheadings = paragraphs >= 2 && random.percent(40);
    for (int p = 0; p < paragraphs; ++p) {
        if (with_subheadings && (p == 0 || random.percent(50)))
            passages.push_back({Passage::Kind::subheading, subheadings[random.below(6)], {}, {}});
        passages.push_back({Passage::Kind::paragraph, sentences_.paragraph(random, voice, 2, 5), {}, {}});
        if (p == 0 && random.percent(25)) {
            Passage bullets{Passage::Kind::bullets, {}, {}, {}};
            const int count = random.between(2, 5);
            for (int b = 0; b < count; ++b) bullets.lines.push_back(capitalize(sentences_.clause(random, 3, 9)));
            passages.push_back(std::move(bullets));
        }
    }
    if (random.percent(8)) {
        Passage table{Passage::Kind::table, {}, {}, {}};
        table.rows.push_back({"Part", "Model A", "Model B"});
        for (const auto& organisation : organisations_of(*meeting.body)) {
            if (table.rows.size() > 4 || organisation == "PLO") break;
            table.rows.push_back({organisation, SentenceWriter::amount(random), SentenceWriter::amount(random)});
        }
        passages.push_back(std::move(table));
    }
    return passages;
}

}  // namespace rs::corpus_generator
