#include "tests/indexer/property/minutes_generator.hpp"

#include "tests/indexer/property/minutes_items.hpp"
#include "tests/indexer/property/vocabulary.hpp"

namespace rs::test {
namespace {

const RegionPlaces& places_of(const std::string& region) {
    for (const auto& places : vocabulary::region_places())
        if (places.region == region) return places;
    return vocabulary::region_places().front();  // unknown region in the data: still a valid meeting
}

bool is_sundhedsraad(const std::string& name) { return name.rfind("Sundhedsråd", 0) == 0; }

/// Forum aliases fit to stand in a title ("FSN", "politisk klyngegruppe"), not "PN" or "det …".
std::vector<std::string> printable_aliases(const ForumEntry& forum) {
    std::vector<std::string> aliases;
    for (const auto& alias : forum.aliases)
        if (alias.size() > 2 && alias.rfind("det ", 0) != 0) aliases.push_back(alias);
    return aliases;
}

}  // namespace

MinutesGenerator::MinutesGenerator() : bodies_(load_bodies()), forums_(load_forums()) {}

void MinutesGenerator::choose_body(GeneratedMeeting& meeting, RandomSource& random) const {
    if (bodies_.empty() || random.chance(0.08)) {
        const UnknownBody& body = random.pick(vocabulary::unknown_bodies());
        meeting.cluster = meeting.cluster_written = body.name;
        meeting.body_known = false;
        meeting.region = body.region;
        return;
    }
    const BodyEntry& body = random.pick(bodies_);
    meeting.cluster = body.canonical;
    meeting.region = body.region;
    meeting.cluster_written =
        !body.aliases.empty() && random.chance(0.35) ? random.pick(body.aliases) : body.canonical;
}

void MinutesGenerator::choose_forum(GeneratedMeeting& meeting, RandomSource& random) const {
    if (forums_.empty() || is_sundhedsraad(meeting.cluster) || !random.chance(0.75)) return;
    std::vector<ForumEntry> candidates;
    for (const auto& forum : forums_)
        if (forum.canonical != "Sundhedsråd") candidates.push_back(forum);
    if (candidates.empty()) return;
    const ForumEntry& forum = random.pick(candidates);
    const auto aliases = printable_aliases(forum);
    meeting.forum = forum.canonical;
    meeting.forum_written = !aliases.empty() && random.chance(0.45) ? random.pick(aliases) : forum.canonical;
}

GeneratedMeeting MinutesGenerator::make_meeting(std::uint32_t seed) const {
    RandomSource random(seed);
    GeneratedMeeting meeting;
    meeting.seed = seed;
    choose_body(meeting, random);
    choose_forum(meeting, random);

    using namespace std::chrono;
    meeting.date = year_month_day{year{random.between(2012, 2027)}, month{static_cast<unsigned>(random.between(1, 12))},
                                  day{static_cast<unsigned>(random.between(1, 28))}};
    meeting.start = random.between(8, 16) * 60 + random.between(0, 3) * 15;
    meeting.end = meeting.start + random.between(4, 16) * 15;

    const RegionPlaces& places = places_of(meeting.region);
    meeting.venue = random.chance(0.15) ? random.pick(std::vector<std::string>{"Teams", "Virtuelt"})
                                        : random.pick(places.venues);
    meeting.municipalities = random.pick_some(places.municipalities, static_cast<std::size_t>(random.between(2, 4)));
    const int absent = random.between(0, 2);
    for (int i = 0; i < absent; ++i) meeting.absent.push_back(make_person(random));

    add_items(meeting, random);
    return meeting;
}

}  // namespace rs::test
