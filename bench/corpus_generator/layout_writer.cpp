#include "bench/corpus_generator/layout_writer.hpp"

#include "bench/corpus_generator/layout_common.hpp"

namespace rs::corpus_generator {

Document write_document(const MeetingContent& meeting, Random& random) {
    switch (meeting.plan->family) {
        case LayoutFamily::regional_referat: return write_regional_referat(meeting, random);
        case LayoutFamily::web_meeting_system: return write_web_meeting_system(meeting, random);
        case LayoutFamily::municipal_committee: return write_municipal_committee(meeting, random);
        case LayoutFamily::word_pdf_export: return write_word_pdf_export(meeting, random);
        case LayoutFamily::old_layout_2012: return write_old_layout_2012(meeting, random);
        case LayoutFamily::beslutningsprotokol: return write_beslutningsprotokol(meeting, random);
        case LayoutFamily::multiline_header: return write_multiline_header(meeting, random);
        case LayoutFamily::sundhedsraad_konklusioner: return write_sundhedsraad_konklusioner(meeting, random);
        case LayoutFamily::glued_numbers: return write_glued_numbers(meeting, random);
        case LayoutFamily::municipal_web_page: return write_municipal_web_page(meeting, random);
        case LayoutFamily::regional_committee_pdf: return write_regional_committee_pdf(meeting, random);
        case LayoutFamily::runon_protocol: return write_runon_protocol(meeting, random);
    }
    return write_regional_referat(meeting, random);
}

}  // namespace rs::corpus_generator
