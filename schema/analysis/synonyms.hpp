#pragma once
// Synonyms and abbreviations (schema/data/synonyms.tsv), written into the index by the
// indexer and expanded by the query parser (FLAG_AUTO_SYNONYMS and
// FLAG_AUTO_MULTIWORD_SYNONYMS), so a row added means a re-index, never code.

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

namespace rs::schema::analysis {

/// One row: words and phrases meaning the same, as written in the data file.
struct SynonymGroup {
    std::string name;
    std::vector<std::string> members;
};

/// The groups of synonyms.tsv. Throws DataError naming the line of a row with fewer than
/// two members.
const std::vector<SynonymGroup>& synonym_groups();

/// The synonym entries (key → terms) the groups make, as the query parser looks them up:
/// keys are a member's words lowercased (joined by a space for a phrase) and, for a single
/// word, also "Z" + its stem; values are the other single-word members' lowercase form and
/// "Z" + stem, so inflections match too. Each single-word entry comes again under every
/// text field's prefix (schema::text_fields), so that a field search has synonyms too and
/// they stay in its field.
std::vector<std::pair<std::string, std::vector<std::string>>> synonym_entries();

/// The phrases a single word stands for, by the word lowercased: "kth" → {{"kom", "trygt",
/// "hjem"}}. Xapian's synonyms map to terms only, so these phrase expansions of
/// abbreviations are added to a plain query by the search core.
const std::map<std::string, std::vector<std::vector<std::string>>, std::less<>>& phrase_expansions();

/// Replaces every synonym in `db` by synonym_entries() (commits with the next commit).
void write_synonyms(Xapian::WritableDatabase& db);

}  // namespace rs::schema::analysis
