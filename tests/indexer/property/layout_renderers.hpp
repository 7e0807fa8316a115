#pragma once
// One renderer per layout family (see layout_family.hpp for what each family is).
// Each copies the meeting into Rendering::expected, adjusts it to what its layout can
// state, sets the check flags, and prints the text.

#include "tests/indexer/property/layout_family.hpp"
#include "tests/indexer/property/random_source.hpp"

namespace rs::test {

Rendering render_seed_plain(const GeneratedMeeting& meeting, RandomSource& random);
Rendering render_seed_markdown(const GeneratedMeeting& meeting, RandomSource& random);
Rendering render_web_system(const GeneratedMeeting& meeting, RandomSource& random);
Rendering render_municipal(const GeneratedMeeting& meeting, RandomSource& random);
Rendering render_pdf_export(const GeneratedMeeting& meeting, RandomSource& random);
Rendering render_old_labelled(const GeneratedMeeting& meeting, RandomSource& random);
Rendering render_sundhedsraad(const GeneratedMeeting& meeting, RandomSource& random);
Rendering render_multiline_header(const GeneratedMeeting& meeting, RandomSource& random);
Rendering render_glued_numbers(const GeneratedMeeting& meeting, RandomSource& random);
Rendering render_committee_web_page(const GeneratedMeeting& meeting, RandomSource& random);
Rendering render_headingless_export(const GeneratedMeeting& meeting, RandomSource& random);

}  // namespace rs::test
