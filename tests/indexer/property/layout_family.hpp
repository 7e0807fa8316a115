#pragma once
// The layout families a generated meeting is printed in, one renderer per family. Each
// rendering carries the text and the meeting as that text states it (the checks a
// parser must pass: e.g. sub-items are dropped by families that cannot print them).

#include <cstdint>
#include <string>
#include <vector>

#include "tests/indexer/property/generated_meeting.hpp"

namespace rs::test {

enum class LayoutFamily {
    seed_plain,        ///< "REFERAT X - forum d. DD-MM-YYYY", Indholdsfortegnelse, "Punkt N:".
    seed_markdown,     ///< The same as Markdown: # / ## headings, **bold**, [link](#), | tables.
    web_system,        ///< Regional web system: UI noise, labelled fields, "N. Title", "Sagsnr.:".
    municipal,         ///< "Referat fra møde i X …", "Pkt. N", "Sagsnr." before the heading.
    pdf_export,        ///< Word → PDF → text: page markers, running headers, letter-spaced headings.
    old_labelled,      ///< "X - Referat - D. month YYYY", UDVALG/MØDE/STED/STARTTIDSPUNKT fields.
    sundhedsraad,      ///< "Konklusioner", "N. Title", numbered "1. at …" recommendation lines.
    multiline_header,  ///< Header over five lines, (B)/(O), "Meddelelse -", LUKKET PUNKT, "2. a.".
    glued_numbers,     ///< "38Godkendelse af dagsorden", "Pkt. Tekst Side" contents, pipe/tab tables.
    committee_web_page,  ///< A municipal committee's web page: site chrome, numbers past 999, month-first dates.
    headingless_export,  ///< Item headings lost: titles as bare lines, the sections separate the items.
};

/// Every family, in declaration order.
const std::vector<LayoutFamily>& all_layout_families();
/// Snake-case name of a family ("pdf_export").
std::string family_name(LayoutFamily family);

/// One meeting printed in one family.
struct Rendering {
    LayoutFamily family = LayoutFamily::seed_plain;
    std::string text;           ///< The file's bytes (UTF-8, maybe CRLF, maybe a BOM).
    GeneratedMeeting expected;  ///< What the text states, with its check flags set.
};

/// Prints `meeting` in `family`; `noise_seed` drives the family's random choices and noise.
Rendering render_meeting(const GeneratedMeeting& meeting, LayoutFamily family, std::uint32_t noise_seed);

}  // namespace rs::test
