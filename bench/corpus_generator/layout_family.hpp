#pragma once
// The layout families: how one minutes system writes a meeting (docs/MINUTES.md, "Anatomy of
// one file" and "Beyond the five seeds"). Each family has one file, layout_<family>.cpp,
// that turns a meeting's content into a Document; the format renderers then write it.

#include <array>
#include <optional>
#include <string_view>

namespace rs::corpus_generator {

enum class LayoutFamily {
    regional_referat,           ///< the seeds: "REFERAT X - forum d. 28-04-2025", "Punkt N:", dotted contents
    web_meeting_system,         ///< a regional web system: page title, labelled fields, "N. Title", "Sagsnr.:"
    municipal_committee,        ///< "Referat fra møde i X …", "Pkt. N" running numbers, "Beslutning i X den …"
    word_pdf_export,            ///< Word → PDF → text: running headers, "Side N af M", letter spacing, "Ad N."
    old_layout_2012,            ///< "X - Referat - 21. august 2012", UDVALG/MØDE/STED fields, POLITISK BEHANDLING
    beslutningsprotokol,        ///< "Beslutningsprotokol", "Åbent"/"Lukket" lines, "Forslag til beslutning:"
    multiline_header,           ///< header over five lines, "Dagsorden:" list, "(B)"/"(O)", sub-items "2. a."
    sundhedsraad_konklusioner,  ///< 2027: "Konklusioner fra sundhedsrådets møde …", "1. at …" recommendations
    glued_numbers,              ///< "38Godkendelse af dagsorden", "Pkt. Tekst Side" table, pipe remnants
    municipal_web_page,         ///< a municipality's page: site chrome, "(O)"/"(B)", "Beslutning i X den …"
    regional_committee_pdf,     ///< a regional committee's PDF: "X, 14. januar 2025, pkt. N" decision headings
    runon_protocol,             ///< a municipal protocol: "Pkt. 998" … past 999, bare time slots
};

inline constexpr std::array<LayoutFamily, 12> all_families = {
    LayoutFamily::regional_referat,   LayoutFamily::web_meeting_system,        LayoutFamily::municipal_committee,
    LayoutFamily::word_pdf_export,    LayoutFamily::old_layout_2012,           LayoutFamily::beslutningsprotokol,
    LayoutFamily::multiline_header,   LayoutFamily::sundhedsraad_konklusioner, LayoutFamily::glued_numbers,
    LayoutFamily::municipal_web_page, LayoutFamily::regional_committee_pdf,    LayoutFamily::runon_protocol};

/// The family's name as systems.tsv and the manifest write it.
std::string_view family_name(LayoutFamily family);
/// The family called `name`, or nullopt.
std::optional<LayoutFamily> family_named(std::string_view name);

}  // namespace rs::corpus_generator
