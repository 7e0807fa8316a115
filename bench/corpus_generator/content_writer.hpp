#pragma once
// Decides what is said at a planned meeting: which items, about what, recommended how and
// decided how. Everything the manifest counts (open items, outcomes, topics, projects) is
// fixed here, before a layout family writes it down.

#include "bench/corpus_generator/domain_data.hpp"
#include "bench/corpus_generator/meeting_content.hpp"
#include "bench/corpus_generator/meeting_plan.hpp"
#include "bench/corpus_generator/random.hpp"
#include "bench/corpus_generator/sentence_writer.hpp"

namespace rs::corpus_generator {

class ContentWriter {
public:
    /// Writes from `data` with `sentences`; both are kept by reference.
    ContentWriter(const DomainData& data, const SentenceWriter& sentences) : data_(data), sentences_(sentences) {}

    /// The content of the meeting `plan` describes, drawn from `random`.
    MeetingContent write(const MeetingPlan& plan, Random& random) const;

private:
    void write_people(MeetingContent& meeting, Random& random) const;
    void write_procedural(ItemContent& item, Position position, const MeetingContent& meeting, Random& random) const;
    void write_closed(ItemContent& item, const MeetingContent& meeting, Random& random) const;
    void write_case(ItemContent& item, const MeetingContent& meeting, Random& random) const;
    void write_decision(ItemContent& item, const MeetingContent& meeting, Random& random) const;
    std::vector<Passage> write_background(const Voice& voice, const MeetingContent& meeting, Random& random) const;
    Voice voice_for(const ItemContent& item, const MeetingContent& meeting) const;
    std::string person(Random& random) const;
    std::string fill(std::string text, const ItemContent& item, const MeetingContent& meeting, Random& random) const;

    const DomainData& data_;
    const SentenceWriter& sentences_;
};

}  // namespace rs::corpus_generator
