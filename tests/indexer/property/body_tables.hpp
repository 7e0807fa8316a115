#pragma once
// The bodies and forums the generator draws from, read from the project's own data
// files (schema/data/clusters.tsv, forums.tsv) so the test follows the vocabulary.

#include <string>
#include <vector>

namespace rs::test {

/// One health body: canonical name, region, aliases.
struct BodyEntry {
    std::string canonical;
    std::string region;
    std::vector<std::string> aliases;
};

/// One forum/level: canonical name, aliases.
struct ForumEntry {
    std::string canonical;
    std::vector<std::string> aliases;
};

/// The rows of schema/data/clusters.tsv; fails the current test if it cannot be read.
std::vector<BodyEntry> load_bodies();
/// The rows of schema/data/forums.tsv.
std::vector<ForumEntry> load_forums();

}  // namespace rs::test
