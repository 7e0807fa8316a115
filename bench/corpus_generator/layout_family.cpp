#include "bench/corpus_generator/layout_family.hpp"

namespace rs::corpus_generator {

std::string_view family_name(LayoutFamily family) {
    switch (family) {
        case LayoutFamily::regional_referat: return "regional_referat";
        case LayoutFamily::web_meeting_system: return "web_meeting_system";
        case LayoutFamily::municipal_committee: return "municipal_committee";
        case LayoutFamily::word_pdf_export: return "word_pdf_export";
        case LayoutFamily::old_layout_2012: return "old_layout_2012";
        case LayoutFamily::beslutningsprotokol: return "beslutningsprotokol";
        case LayoutFamily::multiline_header: return "multiline_header";
        case LayoutFamily::sundhedsraad_konklusioner: return "sundhedsraad_konklusioner";
        case LayoutFamily::glued_numbers: return "glued_numbers";
        case LayoutFamily::municipal_web_page: return "municipal_web_page";
        case LayoutFamily::regional_committee_pdf: return "regional_committee_pdf";
        case LayoutFamily::runon_protocol: return "runon_protocol";
    }
    return "regional_referat";
}

std::optional<LayoutFamily> family_named(std::string_view name) {
    for (LayoutFamily family : all_families)
        if (family_name(family) == name) return family;
    return std::nullopt;
}

}  // namespace rs::corpus_generator
