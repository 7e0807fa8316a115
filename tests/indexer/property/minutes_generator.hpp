#pragma once
// Random meetings for the parser's property test. Deterministic: one seed, one meeting.
// The meeting is a model (GeneratedMeeting); layout_family.hpp prints it in each layout.

#include <cstdint>
#include <string>
#include <vector>

#include "tests/indexer/property/body_tables.hpp"
#include "tests/indexer/property/generated_meeting.hpp"
#include "tests/indexer/property/random_source.hpp"

namespace rs::test {

class MinutesGenerator {
public:
    /// Reads the bodies and forums from schema/data.
    MinutesGenerator();
    /// The meeting made from `seed`: a body with its region, maybe a forum, a date, 1–15 items.
    GeneratedMeeting make_meeting(std::uint32_t seed) const;

private:
    void choose_body(GeneratedMeeting& meeting, RandomSource& random) const;
    void choose_forum(GeneratedMeeting& meeting, RandomSource& random) const;

    std::vector<BodyEntry> bodies_;
    std::vector<ForumEntry> forums_;
};

/// Fills the {placeholders} of a vocabulary template with random values.
std::string fill_template(const std::string& pattern, RandomSource& random, const GeneratedMeeting& meeting);
/// A random realistic item title (never a heading look-alike).
std::string make_title(RandomSource& random, const GeneratedMeeting& meeting);
/// A paragraph of 1–`max_sentences` random sentences.
std::string make_paragraph(RandomSource& random, const GeneratedMeeting& meeting, int max_sentences);
/// "Hanne Skovbo" style invented name.
std::string make_person(RandomSource& random);
/// Upper-cases the first letter (ASCII and æ, ø, å).
std::string capitalise(const std::string& text);

}  // namespace rs::test
