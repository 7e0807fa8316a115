#include "tests/indexer/property/layout_family.hpp"

#include "tests/indexer/property/layout_renderers.hpp"

namespace rs::test {

const std::vector<LayoutFamily>& all_layout_families() {
    static const std::vector<LayoutFamily> families = {
        LayoutFamily::seed_plain,   LayoutFamily::seed_markdown, LayoutFamily::web_system,
        LayoutFamily::municipal,    LayoutFamily::pdf_export,    LayoutFamily::old_labelled,
        LayoutFamily::sundhedsraad, LayoutFamily::multiline_header, LayoutFamily::glued_numbers,
        LayoutFamily::committee_web_page, LayoutFamily::headingless_export,
    };
    return families;
}

std::string family_name(LayoutFamily family) {
    switch (family) {
    case LayoutFamily::seed_plain: return "seed_plain";
    case LayoutFamily::seed_markdown: return "seed_markdown";
    case LayoutFamily::web_system: return "web_system";
    case LayoutFamily::municipal: return "municipal";
    case LayoutFamily::pdf_export: return "pdf_export";
    case LayoutFamily::old_labelled: return "old_labelled";
    case LayoutFamily::sundhedsraad: return "sundhedsraad";
    case LayoutFamily::multiline_header: return "multiline_header";
    case LayoutFamily::glued_numbers: return "glued_numbers";
    case LayoutFamily::committee_web_page: return "committee_web_page";
    case LayoutFamily::headingless_export: return "headingless_export";
    }
    return "unknown";
}

Rendering render_meeting(const GeneratedMeeting& meeting, LayoutFamily family, std::uint32_t noise_seed) {
    RandomSource random(noise_seed);
    switch (family) {
    case LayoutFamily::seed_plain: return render_seed_plain(meeting, random);
    case LayoutFamily::seed_markdown: return render_seed_markdown(meeting, random);
    case LayoutFamily::web_system: return render_web_system(meeting, random);
    case LayoutFamily::municipal: return render_municipal(meeting, random);
    case LayoutFamily::pdf_export: return render_pdf_export(meeting, random);
    case LayoutFamily::old_labelled: return render_old_labelled(meeting, random);
    case LayoutFamily::sundhedsraad: return render_sundhedsraad(meeting, random);
    case LayoutFamily::multiline_header: return render_multiline_header(meeting, random);
    case LayoutFamily::glued_numbers: return render_glued_numbers(meeting, random);
    case LayoutFamily::committee_web_page: return render_committee_web_page(meeting, random);
    case LayoutFamily::headingless_export: return render_headingless_export(meeting, random);
    }
    return render_seed_plain(meeting, random);
}

}  // namespace rs::test
