#pragma once
// The small phrases every minutes system writes its own way: recommendations ("godkender
// samarbejdsaftalen" / "samarbejdsaftalen godkendes"), case-type prefixes and suffixes,
// time slots, case numbers, how closed items are marked, how a forum is named.

#include <string>

#include "bench/corpus_generator/meeting_content.hpp"
#include "bench/corpus_generator/random.hpp"

namespace rs::corpus_generator {

/// "godkender samarbejdsaftalen", "tager status til efterretning".
std::string finite_recommendation(const Recommendation& recommendation);
/// "samarbejdsaftalen godkendes", "status tages til efterretning".
std::string passive_recommendation(const Recommendation& recommendation);
/// The passive forms joined: "a godkendes og b drøftes".
std::string passive_recommendations(const ItemContent& item);

/// How a system marks the case type in a title.
enum class PrefixStyle {
    none,
    seeds,      ///< "Beslutningssag: ", "Drøftelsessag: ", "SKRIFTLIG ORIENTERING: "
    web,        ///< "Beslutning: ", "Drøftelse: ", "Orientering: "
    suffix,     ///< " (B)", " (O)", " (D)"; "Meddelelse - " for a written orientation
};

/// `item.title` with its case-type marker, in `style` (procedural and closed items get none).
std::string title_with_case_type(const ItemContent& item, PrefixStyle style, Random& random);
/// `title` marked as closed the way `random` picks ("LUKKET PUNKT - …", "FORTROLIG - …").
std::string closed_title(const std::string& title, Random& random);

/// How a system writes an item's time slot.
enum class SlotStyle { none, bracketed_colon, bracketed_dot, bare_range };

/// " (kl. 14.00-14.45)", " (kl. 13:35 – 14:30)", " kl. 15.05 - 15.20", or "".
std::string time_slot(const ItemContent& item, SlotStyle style);

/// A case number as one system numbers its cases.
enum class CaseNumberStyle {
    regional_bare,   ///< "1-31-72-446-22"
    regional_sagsnr, ///< "Sagsnr.: 1-01-72-30-17"
    short_sagsnr,    ///< "Sagsnr. 21/1042"
    sagsid,          ///< "Sagsid.: 12/11873"
    kle,             ///< "Sagsnr.: 29.30.00-A00-1-25" (municipal, by the KLE key)
    mixed,           ///< "Sagsid.:", "Sagsnr.: 330-2020-164", "Dok.nr.:", "Brevid:"
};
std::string case_number(const ItemContent& item, int year, CaseNumberStyle style, Random& random);

/// The forum as a header writes it: "Fagligt strategisk niveau", "Faglig Strategisk Niveau",
/// "politisk niveau"; every spelling is one the indexer's forums.tsv knows.
std::string forum_as_written(const std::string& forum, Random& random);
/// The body as a header writes it: its name, or now and then another name it goes by.
std::string body_as_written(const Body& body, Random& random);

}  // namespace rs::corpus_generator
