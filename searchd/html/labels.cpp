#include "searchd/html/labels.hpp"

#include <utility>

namespace rs::html {

namespace {
constexpr std::pair<std::string_view, std::string_view> facet_labels[] = {
    {"cluster", "Klynge"}, {"body", "Organ"}, {"region", "Region"},   {"forum", "Forum"},   {"type", "Sagstype"},
    {"decision", "Beslutning"},    {"topic", "Emne"},      {"project", "Projekt"}, {"year", "År"},
    {"kind", "Dokument"},
};
constexpr std::pair<std::string_view, std::string_view> sort_labels[] = {
    {"relevance", "Relevans"}, {"newest", "Nyeste først"}, {"oldest", "Ældste først"}};
}  // namespace

std::string_view facet_label(std::string_view facet) {
    for (const auto& [name, label] : facet_labels)
        if (name == facet) return label;
    return facet;
}

std::string_view sort_label(std::string_view sort) {
    for (const auto& [name, label] : sort_labels)
        if (name == sort) return label;
    return sort;
}

}  // namespace rs::html
