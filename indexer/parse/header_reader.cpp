#include "indexer/parse/header_reader.hpp"

#include <map>
#include <optional>

#include "indexer/parse/body_chooser.hpp"

namespace rs::indexer {

namespace {

bool is_header_candidate(const ClassifiedLine& line) {
    return line.content() && line.kind != LineKind::contents_entry && line.kind != LineKind::contents_heading;
}

std::string trim_punctuation(std::string value) {
    while (!value.empty() && (value.back() == '.' || value.back() == ',' || value.back() == ' ' || value.back() == ':'))
        value.pop_back();
    return value;
}

}  // namespace

schema::Meeting HeaderReader::read(std::vector<ClassifiedLine>& lines, std::size_t first_item,
                                   const std::string& full_text, bool has_decisions,
                                   std::vector<std::string>& warnings) const {
    schema::Meeting meeting;
    std::vector<ClassifiedLine*> header;
    for (std::size_t i = 0; i < first_item && i < lines.size(); ++i) {
        // A table of contents ends the header: what follows it are agenda titles.
        if (lines[i].kind == LineKind::contents_heading) break;
        if (is_header_candidate(lines[i])) header.push_back(&lines[i]);
    }

    // Labelled fields, first occurrence of each.
    std::map<std::string, std::string> fields;
    std::map<std::string, ClassifiedLine*> field_lines;
    for (auto* line : header) {
        for (const auto& field : patterns_.header_fields) {
            const auto match = field.regex.find(line->line.text);
            if (!match) continue;
            if (field.field.rfind("kind_", 0) == 0) {
                fields.emplace("kind", field.field.substr(5));  // the first line naming a kind decides
            } else if (fields.emplace(field.field, match.group("value")).second) {
                field_lines[field.field] = line;
            }
            if (line->kind == LineKind::text) {
                line->kind = LineKind::header;
                line->pattern = field.field;
            }
        }
    }

    // Kind: what the header calls the document, else whether decisions were taken.
    if (fields.count("kind"))
        meeting.kind = fields["kind"] == "referat" ? schema::document_kind::referat : schema::document_kind::dagsorden;
    else
        meeting.kind = has_decisions ? schema::document_kind::referat : schema::document_kind::dagsorden;

    // Decision headings that name body and date ("Beslutning i Sundhedsudvalget den 3. marts
    // 2025", "Psykiatriudvalget, 14. januar 2025, pkt. 3"): evidence for both.
    std::vector<ClassifiedLine*> decision_headings;
    for (auto& line : lines)
        if (line.kind == LineKind::section_heading && line.section && line.section->section == schema::section::beslutning)
            decision_headings.push_back(&line);

    // Date and time: a labelled date field first, then the first header line with a date,
    // then the date of a decision heading.
    std::optional<FoundDate> date;
    if (fields.count("date")) date = dates_.find(fields["date"]);
    ClassifiedLine* date_line = date ? field_lines["date"] : nullptr;
    for (auto* line : header) {
        if (date) break;
        if ((date = dates_.find(line->line.text))) date_line = line;
    }
    if (!date)
        for (auto* line : decision_headings)
            if ((date = dates_.find(line->line.text))) {
                warnings.push_back("line " + std::to_string(line->line.number) +
                                   ": no date in the header; the meeting date " + date->iso +
                                   " is taken from a decision heading");
                date->start_time.clear(), date->end_time.clear();  // a heading's time is not the meeting's
                break;
            }
    if (date) {
        meeting.date = date->iso;
        meeting.start_time = date->start_time;
        meeting.end_time = date->end_time;
        if (date->weekday_mismatch)
            warnings.push_back("line " + std::to_string(date_line ? date_line->line.number : 0) +
                               ": the weekday written does not fit the date " + date->iso);
        if (date_line && date_line->kind == LineKind::text) date_line->kind = LineKind::header, date_line->pattern = "date";
    } else {
        warnings.push_back("no meeting date found in the header");
    }
    if (meeting.start_time.empty())
        for (auto* line : header)
            if (auto [start, end] = dates_.find_time(line->line.text); !start.empty()) {
                meeting.start_time = start, meeting.end_time = end;
                break;
            }
    if (fields.count("end") && meeting.end_time.empty()) meeting.end_time = dates_.find_time(fields["end"]).first;

    // Place: a labelled field, "i <place>" under the date, or ", <place>" after the time.
    if (fields.count("place")) meeting.place = trim_punctuation(fields["place"]);
    else if (fields.count("place_after_time")) meeting.place = trim_punctuation(fields["place_after_time"]);

    // Body: chosen by evidence among the lines that name the meeting (body_chooser.hpp).
    const RegionEvidence evidence = bodies_.region_evidence(full_text);  // one pass over the text
    BodyChooser chooser(bodies_, committees_, dates_, patterns_);
    const auto body =
        chooser.choose(header, fields.count("body") ? fields["body"] : "", decision_headings, full_text, evidence);
    if (body) {
        meeting.cluster = body->cluster;
        meeting.body = body->body;
        meeting.region = body->region;
        meeting.municipality = body->municipality;
        if (body->line && body->line->kind == LineKind::text) body->line->kind = LineKind::header;
        if (body->line && body->line->pattern.empty()) body->line->pattern = "body";
        if (body->line) body->line->note = "the body, from the " + body->evidence;
    } else {
        warnings.push_back("no body named in the file (no cluster, sundhedsråd or committee)");
    }
    if (meeting.region.empty()) meeting.region = BodyDirectory::likeliest_region(evidence);

    // Forum: a labelled body field or the header lines; inferred from the whole file only
    // for a cluster (a municipal committee has no "Politisk niveau").
    if (fields.count("body")) meeting.forum = forums_.find_in_line(fields["body"]);
    for (auto* line : header) {
        if (!meeting.forum.empty()) break;
        meeting.forum = forums_.find_in_line(line->line.text);
    }
    if (meeting.forum.empty() && !meeting.cluster.empty()) {
        meeting.forum = forums_.infer(full_text);
        meeting.forum_inferred = !meeting.forum.empty();
    }
    if (meeting.forum.empty() && !meeting.cluster.empty())
        warnings.push_back("no forum named in the file and none could be inferred");

    // Title: the first header line that says what the document is (a kind word, the body's
    // line or the date line), else the first, with the lines after it while it is a fragment
    // of a header spread over lines ("Referat" / "til" / "mødet i …"). Lines of the website
    // around the document before it are not its title.
    std::size_t start = 0;
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i]->pattern.starts_with("kind_") || (body && header[i] == body->line) || header[i] == date_line) {
            start = i;
            break;
        }
    constexpr std::size_t fragment_length = 20, max_title_lines = 5;
    for (std::size_t i = start; i < header.size() && i < start + max_title_lines; ++i) {
        if (i > start && (meeting.title.size() >= fragment_length || header[i] == date_line)) break;
        meeting.title += (meeting.title.empty() ? "" : " ") + header[i]->line.text;
    }
    return meeting;
}

}  // namespace rs::indexer
