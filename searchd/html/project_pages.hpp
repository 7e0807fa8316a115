#pragma once
// /projekter and /projekt/{slug} (docs/PAGES.md): every project of the gazetteer, with how
// many clusters and items have dealt with it, and one project's page: its description,
// the clusters and when, the comparison timeline and its items.

#include <string>
#include <vector>

#include "schema/vocabulary/projects.hpp"
#include "searchd/search/comparison.hpp"
#include "searchd/search/search_result.hpp"

namespace rs::html {

/// One project on the index page: the facet counts of a search filtered to it.
struct ProjectOverview {
    const schema::Project* project;
    search::SearchResult counts;  ///< total = items; facets "cluster" and "year" are read.
};

/// The index of projects, in gazetteer order.
std::string render_projects_page(const std::vector<ProjectOverview>& projects);

/// One project's page with every item tagged with it, grouped by cluster.
std::string render_project_page(const schema::Project& project, const search::Comparison& comparison,
                                std::string_view base_url);

}  // namespace rs::html
