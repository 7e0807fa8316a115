#include "searchd/search/related_forms.hpp"

#include <vector>

#include "schema/analysis/decompounder.hpp"
#include "schema/analysis/derivations.hpp"
#include "schema/analysis/joined_forms.hpp"
#include "schema/analysis/stemmer.hpp"
#include "schema/analysis/stop_words.hpp"
#include "schema/analysis/topic_words.hpp"
#include "schema/fields.hpp"
#include "schema/text/unicode.hpp"
#include "schema/text/words.hpp"
#include "searchd/search/spelling_suggestion.hpp"

namespace rs::search {

namespace analysis = schema::analysis;

namespace {

/// The stemmed term the index holds for `word` (the indexer's "Z" + stem).
std::string stem_term(const Xapian::Stem& stemmer, const std::string& word) {
    std::string term("Z");  // append, not "Z" + …: GCC 12 warns falsely (-Wrestrict) on that
    term += stemmer(word);
    return term;
}

// The words of `text` a subquery may stand for: lowercase, stop words left out, in order.
std::vector<std::string> plain_query_words(std::string_view text) {
    std::vector<std::string> words;
    schema::for_each_piece(text, [&](const schema::TextPiece& piece) {
        if (!piece.is_word) return;
        std::string word = schema::to_lower(piece.text);
        if (!analysis::is_stop_word(word)) words.push_back(std::move(word));
    });
    return words;
}

// The word of `words` whose own terms `subquery` holds, or nullptr.
const std::string* word_of(const Xapian::Query& subquery, const std::vector<std::string>& words,
                           const Xapian::Stem& stemmer) {
    for (const auto& word : words) {
        const std::string stemmed = stem_term(stemmer, word);
        for (auto term = subquery.get_terms_begin(); term != subquery.get_terms_end(); ++term)
            if (*term == word || *term == stemmed) return &word;
    }
    return nullptr;
}

/// Most compounds of one unknown word looked at in the index.
constexpr std::size_t max_vocabulary_compounds = 50;

// The compounds the index holds that begin with `lowercase_word` (a linking -s- or -e-
// allowed) and end in a Danish word, by their stems: "esundhed" → esundhedsvæsen. Only for
// a word the dictionary does not know (a name, a new coinage): the indexer cannot split
// its compounds, since it never knew the modifier; the index's own vocabulary does. Not for
// an abbreviation (PLO): it is joined with a hyphen (PLO-Nordjylland), read as two words.
std::vector<std::string> compounds_in_index(const Xapian::Database& db, const std::string& lowercase_word,
                                            const Xapian::Stem& stemmer) {
    std::vector<std::string> found;
    if (lowercase_word.size() < analysis::Decompounder::shortest_listed_part || analysis::is_danish_word(lowercase_word))
        return found;
    std::size_t seen = 0;
    for (auto term = db.allterms_begin(lowercase_word); term != db.allterms_end(lowercase_word); ++term) {
        if (++seen > max_vocabulary_compounds) break;
        const std::string compound = *term;  // the iterator gives a copy: keep it alive
        std::string_view head(compound);
        head.remove_prefix(lowercase_word.size());
        if (head.size() > 1 && (head.front() == 's' || head.front() == 'e') &&
            !analysis::is_danish_word(std::string(head)))
            head.remove_prefix(1);
        if (head.size() < analysis::Decompounder::shortest_part || !analysis::is_danish_word(std::string(head)))
            continue;
        found.push_back(stem_term(stemmer, compound));
    }
    return found;
}

Xapian::Query forms_of(const Xapian::Database& db, const std::string& lowercase_word, const Xapian::Stem& stemmer) {
    const std::string own = stem_term(stemmer, lowercase_word);
    // A word the index does not hold may be a misspelling: its parts ("sygeplejesker" →
    // sygepleje + sker) would find the wrong items and hide the "Mente du …" it needs.
    if (!db.term_exists(lowercase_word) && !db.term_exists(own)) return {};
    std::vector<Xapian::Query> forms;
    const auto parts = analysis::compound_parts(lowercase_word);
    for (const auto& split : analysis::compound_splits(lowercase_word, parts)) {
        const std::string modifier = stem_term(stemmer, split.modifier);
        const std::string head = stem_term(stemmer, split.head);
        if (db.term_exists(modifier) && db.term_exists(head))
            forms.emplace_back(Xapian::Query::OP_AND, Xapian::Query(modifier), Xapian::Query(head));
    }
    for (const auto& compound : compounds_in_index(db, lowercase_word, stemmer)) forms.emplace_back(compound);
    for (const auto& form : analysis::derived_forms(lowercase_word)) {
        const std::string term = stem_term(stemmer, form);
        if (term != own && db.term_exists(term)) forms.emplace_back(term);
    }
    if (forms.empty()) return {};
    return forms.size() == 1 ? forms.front() : Xapian::Query(Xapian::Query::OP_OR, forms.begin(), forms.end());
}

Xapian::Query spellings_of(const Xapian::Database& db, const std::string& lowercase_word, const Xapian::Stem& stemmer) {
    std::vector<Xapian::Query> terms;
    for (const auto& variant : spelling_variants(lowercase_word))
        if (db.term_exists(variant)) terms.emplace_back(stem_term(stemmer, variant));
    if (terms.empty()) return {};
    return terms.size() == 1 ? terms.front() : Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
}

// The topics `lowercase_word` names (schema/analysis/topic_words.hpp), as their filter terms.
// A boolean term adds no weight: an item found only by its topic is ranked by the
// substantive-item prior alone, so it comes after the items that have the word (a
// procedural one aside).
Xapian::Query topics_of(const std::string& lowercase_word) {
    static const schema::Facet& topic = *schema::find_facet("topic");
    std::vector<Xapian::Query> terms;
    for (const auto& name : analysis::topics_named_by(lowercase_word))
        terms.emplace_back(schema::filter_term(topic, name));
    if (terms.empty()) return {};
    return terms.size() == 1 ? terms.front() : Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query widened(const Xapian::Database& db, const Xapian::Query& subquery, const std::vector<std::string>& words,
                      const Xapian::Stem& stemmer, bool alone) {
    const std::string* word = word_of(subquery, words, stemmer);
    if (word == nullptr) return subquery;
    // The form typed (the unstemmed term, which only a word written whole has) adds weight
    // to an item that matches anyway, and matches nothing more: AND_MAYBE.
    const Xapian::Query own = db.term_exists(*word)
                                  ? Xapian::Query(Xapian::Query::OP_AND_MAYBE, subquery,
                                                  Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(*word),
                                                                exact_form_weight))
                                  : subquery;
    // Another spelling (morsø for morsoe) is the same word to a reader: full weight.
    const Xapian::Query spellings = spellings_of(db, *word, stemmer);
    Xapian::Query spelt = spellings.empty() ? own : Xapian::Query(Xapian::Query::OP_OR, own, spellings);
    // Only for a word alone: in a longer query the item that a topic lets match one more
    // word matches more of at_least_half's branches, and the other words' weight counts
    // again for each (measured on tests/relevance/: "ældre medicinske patienter" fell from
    // recall 0.86 to 0.71 when "ældre" found the topic "ældre og skrøbelighed").
    if (alone)
        if (const Xapian::Query topics = topics_of(*word); !topics.empty())
            spelt = Xapian::Query(Xapian::Query::OP_OR, spelt, topics);
    const Xapian::Query related = forms_of(db, *word, stemmer);
    if (related.empty()) return spelt;
    return Xapian::Query(Xapian::Query::OP_OR, spelt,
                         Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, related, related_form_weight));
}

}  // namespace

Xapian::Query related_forms(const Xapian::Database& db, const std::string& lowercase_word) {
    return forms_of(db, lowercase_word, analysis::make_stemmer());
}

Xapian::Query joined_words(const Xapian::Database& db, std::string_view text) {
    const Xapian::Stem stemmer = analysis::make_stemmer();
    std::vector<Xapian::Query> terms;
    for (const auto& joined : analysis::joined_forms(text)) {
        terms.emplace_back(stem_term(stemmer, joined));
        for (const auto& compound : compounds_in_index(db, joined, stemmer))
            terms.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(compound), related_form_weight);
    }
    if (terms.empty()) return {};
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query other_spellings(const Xapian::Database& db, std::string_view text) {
    const Xapian::Stem stemmer = analysis::make_stemmer();
    std::vector<Xapian::Query> spellings;
    for (const auto& word : plain_query_words(text))
        if (Xapian::Query found = spellings_of(db, word, stemmer); !found.empty()) spellings.push_back(std::move(found));
    if (spellings.empty()) return {};
    return Xapian::Query(Xapian::Query::OP_OR, spellings.begin(), spellings.end());
}

std::vector<Xapian::Query> with_related_forms(const Xapian::Database& db, std::vector<Xapian::Query> words,
                                              std::string_view text) {
    const std::vector<std::string> typed = plain_query_words(text);
    const Xapian::Stem stemmer = analysis::make_stemmer();
    const bool alone = words.size() == 1;
    for (auto& word : words) word = widened(db, word, typed, stemmer, alone);
    return words;
}

}  // namespace rs::search
