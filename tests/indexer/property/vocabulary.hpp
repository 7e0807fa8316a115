#pragma once
// Word lists the generator builds titles, sentences and decisions from. Written by hand
// for the property test, independent of the parser's own data. Rules the lists keep:
// - no entry looks like an item or section heading when it starts a line;
// - decision phrasings carry the outcomes a correct reader finds in them;
// - neutral decision sentences contain no outcome cue at all;
// - nothing that ends up in a decision contains "<word>- og" (a hyphen a PDF
//   de-hyphenator could not tell from a broken word) or an en dash.

#include <string>
#include <vector>

namespace rs::test {

/// A Beslutning/Konklusion sentence and the outcomes it states. Placeholders {topic},
/// {topic2}, {clause}, {n}, {year} are filled by the generator.
struct DecisionPhrase {
    std::string text;
    std::vector<std::string> outcomes;
};

/// Municipalities and meeting venues of one region (region evidence for the parser).
struct RegionPlaces {
    std::string region;
    std::vector<std::string> municipalities;
    std::vector<std::string> venues;
};

/// A body the data files do not know, with the region it sits in.
struct UnknownBody {
    std::string name;
    std::string region;
};

namespace vocabulary {

/// Outcome names in vocabulary order (the order AgendaItem::decisions uses).
const std::vector<std::string>& outcome_order();
/// Lower-case noun phrases for what an item is about ("demensindsatsen").
const std::vector<std::string>& topics();
/// Title tails after a dash ("status og videre proces").
const std::vector<std::string>& aspects();
/// Named projects, printed in quotes ”…”.
const std::vector<std::string>& projects();
/// Title templates with {topic}, {Topic}, {aspect}, {project}, {year}, {year2}, {n}, {amount}, {municipality}.
const std::vector<std::string>& title_templates();
/// Sentence templates for Resumé and Sagsfremstilling paragraphs.
const std::vector<std::string>& sentence_templates();
/// Subjects, verbs and objects the sentence templates draw from.
const std::vector<std::string>& subjects();
const std::vector<std::string>& verbs();
const std::vector<std::string>& objects();
/// Clauses after "Godkendt med den ændring, at" / "Godkendt, idet".
const std::vector<std::string>& clauses();
/// Decision phrasings grouped by their single outcome ("" = no outcome).
const std::vector<DecisionPhrase>& decision_phrases();
/// Sentences that may stand in a decision without adding an outcome.
const std::vector<std::string>& neutral_decision_sentences();
/// Invented first names, last names and job titles for attendance text.
const std::vector<std::string>& first_names();
const std::vector<std::string>& last_names();
const std::vector<std::string>& job_titles();
/// Places per region; every canonical region has an entry.
const std::vector<RegionPlaces>& region_places();
/// Invented bodies ("Sundhedsråd Vendsyssel") the parser must report as written.
const std::vector<UnknownBody>& unknown_bodies();
/// Sub-headings inside a Sagsfremstilling (not sections).
const std::vector<std::string>& background_subheadings();

}  // namespace vocabulary
}  // namespace rs::test
