#include "schema/vocabulary/projects.hpp"

#include <algorithm>

#include "schema/text/unicode.hpp"
#include "schema/vocabulary/data_table.hpp"

namespace rs::schema {

namespace {

constexpr std::size_t name_column = 0;
constexpr std::size_t description_column = 3;

std::vector<Project> load_projects() {
    std::vector<Project> out;
    for (const auto& row : load_data_table("projects.tsv", 2)) {
        Project project{row.at(name_column), slug(row.at(name_column)), row.at(description_column)};
        if (project.description == "-") project.description.clear();
        if (project.slug.empty()) throw DataError(row.where() + ": the name \"" + project.name + "\" gives no slug");
        const bool taken = std::any_of(out.begin(), out.end(), [&](const Project& p) { return p.slug == project.slug; });
        if (taken) throw DataError(row.where() + ": the slug \"" + project.slug + "\" is already another project's");
        out.push_back(std::move(project));
    }
    return out;
}

}  // namespace

const std::vector<Project>& projects() {
    static const std::vector<Project> all = load_projects();
    return all;
}

const Project* find_project_by_slug(std::string_view wanted) {
    for (const auto& project : projects())
        if (project.slug == wanted) return &project;
    return nullptr;
}

const Project* find_project(std::string_view name) {
    for (const auto& project : projects())
        if (project.name == name) return &project;
    return nullptr;
}

}  // namespace rs::schema
