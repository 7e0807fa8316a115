#pragma once
// A relevance test collection: queries with a class, and graded judgments of the items
// relevant to each (queries.tsv, judgments.tsv; README.md says how they were made).

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace rs::relevance {

/// One query as a staff member would type it.
struct Query {
    std::string id;
    std::string query_class;  ///< single, compound, multiword, abbreviation, …
    std::string text;
};

/// The collection: queries in file order, and per query id the grade (1 or 2) of every
/// relevant item id; items not listed are grade 0.
struct Collection {
    std::vector<Query> queries;
    std::map<std::string, std::map<std::string, int>> grades;
};

/// Reads `dir`/queries.tsv and `dir`/judgments.tsv. Throws std::runtime_error naming the
/// file and line of a malformed row, a duplicate or unknown query id, or a grade not 1–2.
Collection load_collection(const std::filesystem::path& dir);

}  // namespace rs::relevance
