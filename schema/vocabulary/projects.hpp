#pragma once
// The project gazetteer (schema/data/projects.tsv) as searchd shows it: each project's
// canonical name, the slug of its page and its description. The indexer tags items with
// the same rows (indexer/analyse/vocabulary_tagger.hpp).

#include <string>
#include <string_view>
#include <vector>

namespace rs::schema {

/// One named project.
struct Project {
    std::string name;         ///< Canonical name, as items are tagged with it.
    std::string slug;         ///< schema::slug(name): the last segment of /projekt/{slug}.
    std::string description;  ///< One or two Danish sentences on what it is; "" if none given.
};

/// Every project, in gazetteer order. Throws DataError (naming file and line) if the
/// file is malformed or two names share a slug.
const std::vector<Project>& projects();

/// The project whose slug is `slug`, or nullptr.
const Project* find_project_by_slug(std::string_view slug);

/// The project named `name` exactly (its canonical name), or nullptr.
const Project* find_project(std::string_view name);

}  // namespace rs::schema
