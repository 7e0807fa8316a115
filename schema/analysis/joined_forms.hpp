#pragma once
// Words written with a mark inside them: "SAM:BO", "e-sundhed", "covid-19", "OUH's". The
// tokeniser cuts them at the mark (sam + bo; e + sundhed) or keeps the genitive on
// (ouh's), while a reader types them whole ("sambo", "esundhed") or bare ("OUH"). The
// chain adds the joined word, and a genitive's word without its 's, on both sides: the
// indexer beside the pieces, the query parser beside the phrase of pieces.

#include <string>
#include <string_view>
#include <vector>

namespace rs::schema::analysis {

/// The joined forms of the words of `text` written with an inner mark (one of - : / and,
/// for a genitive, ' or ’), lowercase, in text order: "SAM:BO og e-sundhed" → {"sambo",
/// "esundhed"}; "OUH's" → {"ouh"}. Only a mark between two letters or digits counts, so
/// "social- og" and "1-2" at a word's edge are left alone; a run of several marks
/// ("a-b-c") joins whole ("abc").
std::vector<std::string> joined_forms(std::string_view text);

}  // namespace rs::schema::analysis
