#include "searchd/search/feedback_expansion.hpp"

#include <map>
#include <set>

#include "schema/analysis/stemmer.hpp"
#include "schema/text/unicode.hpp"
#include "schema/text/words.hpp"
#include "searchd/search/item_reader.hpp"

namespace rs::search {

namespace {

/// First byte of a lowercase word: a letter, ASCII or the lead byte of a non-ASCII one
/// (æ, ø, å …). Prefixed terms start with a capital and so are never words.
bool starts_word(unsigned char byte) { return (byte >= 'a' && byte <= 'z') || byte >= 0xC0; }

/// Shortest stem taken, in bytes: shorter ones are mostly fragments ("dem", "mød").
constexpr std::size_t shortest_stem = 4;

std::string stem_term(const Xapian::Stem& stemmer, const std::string& word) {
    std::string term("Z");  // append, not "Z" + …: GCC 12 warns falsely (-Wrestrict) on that
    term += stemmer(word);
    return term;
}

/// Takes the stem terms of words ("Z" + stem: the unprefixed text of every field) that say
/// what an item is about, which the words of its meeting's header do not: the body, forum,
/// region and municipality are indexed with each item so they can be typed, but an
/// expansion by "lillebælt" or "niveau" would list the meeting's other items.
class SubjectTermsOnly : public Xapian::ExpandDecider {
public:
    SubjectTermsOnly(const Xapian::Database& db, std::set<std::string> header_terms)
        : db_(db), header_terms_(std::move(header_terms)),
          most_items_(static_cast<Xapian::doccount>(max_feedback_share * db.get_doccount())) {}
    bool operator()(const std::string& term) const override {
        return term.size() > shortest_stem && term[0] == 'Z' && starts_word(static_cast<unsigned char>(term[1])) &&
               !header_terms_.contains(term) && db_.get_termfreq(term) <= most_items_;
    }

private:
    const Xapian::Database& db_;
    std::set<std::string> header_terms_;
    Xapian::doccount most_items_;
};

// The stem terms of the words of `items`' meeting headers and case numbers, as the indexer
// adds them to each item (indexer/index/document_builder.cpp).
std::set<std::string> header_terms(const Xapian::Database& db, const std::vector<Xapian::docid>& items,
                                   const Xapian::Stem& stemmer) {
    std::set<std::string> terms;
    for (const Xapian::docid docid : items) {
        const Hit hit = read_hit(db.get_document(docid), 0.0);
        const auto& meeting = hit.meeting;
        for (const std::string* text : {&hit.item.case_number, &meeting.body, &meeting.forum, &meeting.region,
                                        &meeting.municipality, &meeting.cluster})
            schema::for_each_piece(*text, [&](const schema::TextPiece& piece) {
                if (piece.is_word) terms.insert(stem_term(stemmer, schema::to_lower(piece.text)));
            });
    }
    return terms;
}

// For each stem term of `wanted`, the word the feedback items write most often with it.
std::map<std::string, std::string> words_for(const Xapian::Database& db, const std::vector<Xapian::docid>& items,
                                             const std::set<std::string>& wanted,
                                             const Xapian::Stem& stemmer) {
    std::map<std::string, std::pair<std::string, Xapian::termcount>> best;  // stem term → word, wdf
    for (const Xapian::docid docid : items) {
        for (auto term = db.termlist_begin(docid); term != db.termlist_end(docid); ++term) {
            const std::string word = *term;
            if (!starts_word(static_cast<unsigned char>(word[0]))) continue;
            const std::string term_of_word = stem_term(stemmer, word);
            if (!wanted.contains(term_of_word)) continue;
            auto& [named, wdf] = best[term_of_word];
            if (term.get_wdf() > wdf) named = word, wdf = term.get_wdf();
        }
    }
    std::map<std::string, std::string> words;
    for (auto& [stem_term, named] : best) words[stem_term] = std::move(named.first);
    return words;
}

}  // namespace

FeedbackExpansion feedback_expansion(const Xapian::Database& db, const Xapian::Query& query, const Xapian::MSet& best) {
    std::vector<Xapian::docid> items;
    for (auto it = best.begin(); it != best.end() && items.size() < feedback_items; ++it) items.push_back(*it);
    if (items.empty()) return {};
    Xapian::RSet relevant;
    for (const Xapian::docid docid : items) relevant.add_document(docid);
    const Xapian::Stem stemmer = schema::analysis::make_stemmer();
    Xapian::Enquire enquire(db);
    enquire.set_query(query);  // get_eset leaves out the query's own terms
    const SubjectTermsOnly decider(db, header_terms(db, items, stemmer));
    const Xapian::ESet eset = enquire.get_eset(feedback_words, relevant, &decider);
    if (eset.empty()) return {};
    std::set<std::string> chosen;
    std::vector<Xapian::Query> terms;
    for (auto term = eset.begin(); term != eset.end(); ++term) {
        chosen.insert(*term);
        terms.emplace_back(*term);
    }
    FeedbackExpansion expansion;
    expansion.query = Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
    // A compound's part that the best matches never write alone ("riet" of seminariet)
    // finds items as any term does, but is no word to show a reader: only written words
    // are named. Measured: keeping only those for the search too cost 0.008 recall@10.
    const auto words = words_for(db, items, chosen, stemmer);
    for (auto term = eset.begin(); term != eset.end(); ++term)
        if (const auto named = words.find(*term); named != words.end()) expansion.words.push_back(named->second);
    return expansion;
}

}  // namespace rs::search
