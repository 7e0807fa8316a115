#pragma once
// What items are about, by Xapian's relevance feedback: the items are the relevant set
// (RSet), and their expand set (ESet) gives the terms that most set them apart from the
// rest of the index. Only the stems of words the items write count, unless asked (not a
// compound's part they never write alone, which may be a fragment such as "hæng"); never a
// number, date or stop word, and not their meetings' body, forum, region or municipality, which every item
// of a meeting is indexed with. An OR of the terms, each weighted as the expand set rates
// it, finds the items that share the most of them. Used for an item's related items
// (related_finder) and for a query's related hits (feedback_expansion).

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

namespace rs::search {

/// The key terms of some items.
struct KeyTerms {
    std::vector<std::string> terms;  ///< "Z" + stem, best first.
    Xapian::Query like;              ///< Finds the items sharing them; empty without terms.
    /// The items' commonest word for each of `terms` they write ("Zsundhedsråd" →
    /// "sundhedsrådet"); a compound's part they never write alone has none.
    std::map<std::string, std::string> words;
};

/// What key_terms takes.
struct KeyTermChoice {
    Xapian::termcount count = 24;  ///< Most terms taken.
    /// A term in more than this share of all items is never taken; 1 takes any.
    double max_share = 1.0;
    /// Terms of this query are left out (a query's own words are no news about its hits).
    Xapian::Query known;
    /// Also take the parts of the items' compounds that they never write alone
    /// ("rygindsats" of lænderygindsatsen), at the risk of a fragment ("hæng" of
    /// sammenhæng). Such a term has no word(): it is searched, never shown.
    bool compound_parts = false;
};

/// The key terms of the items `docids` of `db`; empty if none has any.
KeyTerms key_terms(const Xapian::Database& db, const std::vector<Xapian::docid>& docids, const KeyTermChoice& choice);

}  // namespace rs::search
