#pragma once
// Writes the sections under one item heading — resumé, sagsfremstilling, indstilling,
// beslutning, konklusion, bilag — in the order, spelling and phrasing a system uses. The
// heading itself, case numbers and page furniture are the family's.

#include <string>

#include "bench/corpus_generator/document.hpp"
#include "bench/corpus_generator/meeting_content.hpp"
#include "bench/corpus_generator/random.hpp"

namespace rs::corpus_generator {

/// How the Indstilling is phrased.
enum class RecommendationStyle {
    det_indstilles_list,    ///< "Det indstilles, at X:" then a list of "Godkender …" (bullets or numbered)
    det_indstilles_line,    ///< "Det indstilles, at samarbejdsaftalen godkendes."
    recommender_line,       ///< "Sekretariatet indstiller, at samarbejdsaftalen godkendes."
    recommender_two_lines,  ///< "Administrationen indstiller, at" / "FSN godkender samarbejdsaftalen."
    numbered_at,            ///< "Det indstilles," / "1. at sundhedsrådet godkender …"
    forslag_til_beslutning, ///< heading "Forslag til beslutning:" / "At samarbejdsaftalen godkendes."
    pipe_rows,              ///< "| at | samarbejdsaftalen godkendes |" (a table lost in export)
};

struct SectionStyle {
    std::string resume = "RESUMÉ";
    std::string background = "SAGSFREMSTILLING";
    std::string recommendation = "INDSTILLING";  ///< "" writes the recommendation without a heading
    std::string decision = "Beslutning";        ///< "{n}" is replaced by the item number
    std::string conclusion;                     ///< with conclusion_too: "Konklusion:"
    std::string attachments = "Bilag";
    bool decision_first = false;   ///< Beslutning right under the heading, the background under it
    bool conclusion_too = false;   ///< the outcome again under a Konklusion heading
    bool attachments_inline = false;  ///< "Bilag: a.pdf" on one line
    RecommendationStyle recommend = RecommendationStyle::det_indstilles_list;
    bool numbered_lists = false;   ///< lists may be numbered "1. Godkender …" (only where items are "Punkt N")
    std::string recommender = "Sekretariatet";  ///< who "indstiller"
    std::string addressee;         ///< who is asked: "Koordinationsforum", "udvalget"
    int level = 3;                 ///< Markdown/HTML level of section headings
    bool emphasis = false;
    bool letter_spaced = false;    ///< "B E S L U T N I N G"
    bool resume_allowed = true;
};

/// Appends `item`'s sections to `document`. Closed items get `closed_text` only; agendas
/// (meeting.plan->agenda) no decision.
void write_item_sections(Document& document, const ItemContent& item, const MeetingContent& meeting,
                         const SectionStyle& style, Random& random);

/// The paragraphs of a Sagsfremstilling as blocks.
void write_background(Document& document, const ItemContent& item, const SectionStyle& style);

}  // namespace rs::corpus_generator
