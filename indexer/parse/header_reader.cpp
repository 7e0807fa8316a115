#include "indexer/parse/header_reader.hpp"

#include <map>
#include <optional>

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
                                   std::vector<std::string>& warnings) {
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
        for (auto& field : patterns_.header_fields) {
            if (!field.regex.find(line->line.text)) continue;
            if (field.field.rfind("kind_", 0) == 0) {
                fields.emplace("kind", field.field.substr(5));  // the first line naming a kind decides
            } else if (fields.emplace(field.field, field.regex.group("value")).second) {
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

    // Date and time: a labelled date field first, then the first header line with a date.
    std::optional<FoundDate> date;
    if (fields.count("date")) date = dates_.find(fields["date"]);
    ClassifiedLine* date_line = date ? field_lines["date"] : nullptr;
    for (auto* line : header) {
        if (date) break;
        if ((date = dates_.find(line->line.text))) date_line = line;
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

    // Body: a labelled field, then the header lines in order, then the whole file.
    const RegionEvidence evidence = bodies_.region_evidence(full_text);
    std::optional<BodyMatch> body;
    if (fields.count("body")) body = bodies_.find_in_line(fields["body"], evidence);
    for (auto* line : header) {
        if (body) break;
        if ((body = bodies_.find_in_line(line->line.text, evidence)) && line->kind == LineKind::text)
            line->kind = LineKind::header, line->pattern = "body";
    }
    if (!body) body = bodies_.most_mentioned(full_text, evidence);
    if (body) {
        meeting.cluster = body->name;
        meeting.body = body->name;
        meeting.region = body->region;
    } else {
        warnings.push_back("no health body (sundhedsklynge or sundhedsråd) named in the file");
    }
    if (meeting.region.empty()) meeting.region = BodyDirectory::likeliest_region(evidence);

    // Forum: a labelled body field or the header lines, else inferred from the whole file.
    if (fields.count("body")) meeting.forum = forums_.find_in_line(fields["body"]);
    for (auto* line : header) {
        if (!meeting.forum.empty()) break;
        meeting.forum = forums_.find_in_line(line->line.text);
    }
    if (meeting.forum.empty()) {
        meeting.forum = forums_.infer(full_text);
        meeting.forum_inferred = !meeting.forum.empty();
    }

    // Title: the first header line, with the lines after it while it is a fragment of a
    // header spread over lines ("Referat" / "til" / "mødet i …").
    constexpr std::size_t fragment_length = 20, max_title_lines = 5;
    for (std::size_t i = 0; i < header.size() && i < max_title_lines; ++i) {
        if (i > 0 && (meeting.title.size() >= fragment_length || header[i] == date_line)) break;
        meeting.title += (meeting.title.empty() ? "" : " ") + header[i]->line.text;
    }
    return meeting;
}

}  // namespace rs::indexer
