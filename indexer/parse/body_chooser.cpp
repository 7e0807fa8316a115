#include "indexer/parse/body_chooser.hpp"

#include "schema/text/unicode.hpp"
#include "schema/text/word_search.hpp"

namespace rs::indexer {

namespace {

// Evidence weights. A labelled field names the body by definition; a title line names it
// when it also says what the document is (4) or when the meeting was (2); a decision
// heading ("Beslutning i Sundhedsudvalget den 3. marts 2025") names the body that decided,
// which outweighs a line that only mentions a body (1) but not the document's own title.
constexpr int labelled_field_score = 100;
constexpr int decision_heading_score = 3;
constexpr int names_a_body_score = 1;
constexpr int kind_word_score = 4;
constexpr int date_score = 2;
constexpr int meeting_word_score = 1;

}  // namespace

int BodyChooser::meeting_line_score(const std::string& text) const {
    int score = 0;
    for (const auto& field : patterns_.header_fields)
        if (field.field.starts_with("kind_") && field.regex.find(text)) {
            score += kind_word_score;
            break;
        }
    if (dates_.find(text)) score += date_score;
    const std::string lower = schema::to_lower(text);
    if (schema::find_word(lower, "møde") != std::string::npos || lower.find("mødet i") != std::string::npos)
        score += meeting_word_score;
    return score;
}

BodyChooser::Candidate BodyChooser::candidate(const std::string& text, const RegionEvidence& evidence) const {
    Candidate c;
    c.cluster = bodies_.find_in_line(text, evidence);
    c.committee = committees_.find_in_line(text);
    // A line naming both ("Sundhedsudvalget om Sundhedsklynge Lillebælt") is about the one named first.
    if (c.cluster && c.committee) {
        if (c.committee->position < c.cluster->position) c.cluster.reset();
        else c.committee.reset();
    }
    return c;
}

ChosenBody BodyChooser::committee_body(const Candidate& best, const std::vector<ClassifiedLine*>& header,
                                       const std::string& full_text, const RegionEvidence& evidence) const {
    ChosenBody chosen;
    chosen.line = best.line;
    chosen.evidence = best.evidence;
    const std::string line_text = best.line ? best.line->line.text : std::string();
    // The municipality: on the line itself, else in the header, else the most named. A
    // committee read by the form of its name is a municipality's when its own line or the
    // header names one.
    std::string municipality = committees_.municipality_in_line(line_text);
    for (const auto* line : header) {
        if (!municipality.empty()) break;
        municipality = committees_.municipality_in_line(line->line.text);
    }
    const bool municipal = best.committee->level == CommitteeLevel::municipal ||
                           (best.committee->level == CommitteeLevel::any && !municipality.empty());
    if (municipal) {
        chosen.municipality = municipality.empty() ? committees_.most_mentioned_municipality(full_text) : municipality;
        chosen.body = CommitteeDirectory::body_name(best.committee->name, chosen.municipality);
    } else {
        chosen.region = BodyDirectory::likeliest_region(bodies_.region_evidence(line_text));
        if (chosen.region.empty()) chosen.region = BodyDirectory::likeliest_region(evidence);
        chosen.body = CommitteeDirectory::body_name(best.committee->name, chosen.region);
    }
    if (chosen.region.empty() && !chosen.municipality.empty())
        chosen.region = BodyDirectory::likeliest_region(bodies_.region_evidence(chosen.municipality));
    if (chosen.region.empty()) chosen.region = BodyDirectory::likeliest_region(evidence);
    return chosen;
}

std::optional<ChosenBody> BodyChooser::choose(const std::vector<ClassifiedLine*>& header, const std::string& field,
                                              const std::vector<ClassifiedLine*>& decision_headings,
                                              const std::string& full_text, const RegionEvidence& evidence) const {
    std::optional<Candidate> best;
    const auto consider = [&](Candidate c, int score, ClassifiedLine* line, std::string why) {
        if (!c.cluster && !c.committee) return;
        c.score = score;
        c.line = line;
        c.evidence = std::move(why);
        if (!best || c.score > best->score) best = std::move(c);  // ties: the earlier line
    };
    if (!field.empty()) consider(candidate(field, evidence), labelled_field_score, nullptr, "labelled field");
    for (auto* line : header)
        consider(candidate(line->line.text, evidence), names_a_body_score + meeting_line_score(line->line.text), line,
                 "header line");
    for (auto* line : decision_headings) {
        Candidate c = candidate(line->line.text, evidence);
        c.cluster.reset();  // a cluster named in a decision heading is where the case goes next
        consider(std::move(c), decision_heading_score, line, "decision heading");
    }
    if (best && best->committee) return committee_body(*best, header, full_text, evidence);
    if (best && best->cluster)
        return ChosenBody{best->cluster->name, best->cluster->name, best->cluster->region, "", best->line, best->evidence};
    // Nothing names the meeting's body: the cluster the whole text names most (a running title).
    if (auto named = bodies_.most_mentioned(full_text, evidence))
        return ChosenBody{named->name, named->name, named->region, "", nullptr, "most named in the text"};
    return std::nullopt;
}

}  // namespace rs::indexer
