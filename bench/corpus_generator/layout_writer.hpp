#pragma once
// The layout family of a meeting's plan writes its content into a document.

#include "bench/corpus_generator/document.hpp"
#include "bench/corpus_generator/meeting_content.hpp"
#include "bench/corpus_generator/random.hpp"

namespace rs::corpus_generator {

/// `meeting` as its plan's layout family writes it.
Document write_document(const MeetingContent& meeting, Random& random);

}  // namespace rs::corpus_generator
