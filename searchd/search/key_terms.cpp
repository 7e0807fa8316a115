#include "searchd/search/key_terms.hpp"

#include <functional>
#include <set>

#include "schema/analysis/stemmer.hpp"
#include "schema/analysis/stop_words.hpp"
#include "schema/text/unicode.hpp"
#include "schema/text/words.hpp"
#include "searchd/search/item_reader.hpp"

namespace rs::search {

namespace {

/// Shortest key term, in bytes with its "Z": a stem of one or two letters says nothing.
constexpr std::size_t shortest_term = 4;

/// First byte of a lowercase word: a letter, ASCII or the lead byte of a non-ASCII one
/// (æ, ø, å …). A field's copy starts with its capital prefix instead (ZXBESL…).
bool starts_word(unsigned char byte) { return (byte >= 'a' && byte <= 'z') || byte >= 0xC0; }

void for_each_word(const std::string& text, const std::function<void(const std::string&)>& visit) {
    schema::for_each_piece(text, [&](const schema::TextPiece& piece) {
        if (piece.is_word) visit(schema::to_lower(piece.text));
    });
}

// The index's term for a word's stem ("Z" + stem). append(), not operator+: GCC 12 warns
// falsely (-Wrestrict) on the concatenated form.
std::string stemmed_term(const Xapian::Stem& stem, const std::string& word) {
    std::string term = "Z";
    return term.append(stem(word));
}

/// What the items say, for choosing key terms and turning them back into their words.
struct ItemText {
    std::map<std::string, std::map<std::string, unsigned>> words_of_term;  ///< "Z"+stem → word → count.
    std::set<std::string> meeting_terms;  ///< Stems of the meetings' body, forum, region, municipality.
};

ItemText read_item_text(const Xapian::Database& db, const std::vector<Xapian::docid>& docids) {
    ItemText out;
    const Xapian::Stem stem = schema::analysis::make_stemmer();
    const auto count = [&](const std::string& word) { ++out.words_of_term[stemmed_term(stem, word)][word]; };
    for (const Xapian::docid docid : docids) {
        const Hit item = read_hit(db.get_document(docid), 0.0);
        for_each_word(item.item.title, count);
        for (const auto& section : item.item.sections) for_each_word(section.text, count);
        for (const std::string* fact : {&item.meeting.body, &item.meeting.forum, &item.meeting.region,
                                        &item.meeting.municipality, &item.meeting.cluster})
            for_each_word(*fact, [&](const std::string& word) { out.meeting_terms.insert(stemmed_term(stem, word)); });
    }
    return out;
}

/// Accepts the terms key_terms.hpp describes (stems of words, not a field's copy ZS…,
/// ZXBESL…), and none in more than `most_items` items.
class KeyTermDecider final : public Xapian::ExpandDecider {
public:
    KeyTermDecider(const ItemText& text, const Xapian::Database& db, Xapian::doccount most_items, bool parts)
        : text_(text), db_(db), most_items_(most_items), parts_(parts) {}
    bool operator()(const std::string& term) const override {
        if (term.size() < shortest_term || term[0] != 'Z' || !starts_word(static_cast<unsigned char>(term[1])))
            return false;
        if (!parts_ && !text_.words_of_term.contains(term)) return false;
        if (term.find_first_of("0123456789") != std::string::npos) return false;
        if (schema::analysis::is_stop_word(std::string_view(term).substr(1)) || written_as_stop_word(term))
            return false;
        if (text_.meeting_terms.contains(term)) return false;
        return db_.get_termfreq(term) <= most_items_;
    }

private:
    // The stemmer changes some stop words (eller → el), so the stem alone does not say.
    bool written_as_stop_word(const std::string& term) const {
        const auto written = text_.words_of_term.find(term);
        if (written == text_.words_of_term.end()) return false;
        for (const auto& [word, count] : written->second)
            if (schema::analysis::is_stop_word(word)) return true;
        return false;
    }

    const ItemText& text_;
    const Xapian::Database& db_;
    Xapian::doccount most_items_;
    bool parts_;
};

// The commonest of `counts`' words.
std::string commonest(const std::map<std::string, unsigned>& counts) {
    auto best = counts.begin();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it->second > best->second) best = it;
    return best->first;
}

}  // namespace

KeyTerms key_terms(const Xapian::Database& db, const std::vector<Xapian::docid>& docids, const KeyTermChoice& choice) {
    KeyTerms out;
    if (docids.empty()) return out;
    const ItemText text = read_item_text(db, docids);
    Xapian::RSet relevant;
    for (const Xapian::docid docid : docids) relevant.add_document(docid);
    const KeyTermDecider decider(text, db, static_cast<Xapian::doccount>(choice.max_share * db.get_doccount()),
                                 choice.compound_parts);
    Xapian::Enquire enquire(db);
    if (!choice.known.empty()) enquire.set_query(choice.known);  // get_eset leaves out its terms
    // Exact term frequencies: over several shards Xapian would otherwise estimate them from
    // the shards the items are in, and the key terms would depend on how the index is split.
    const Xapian::ESet eset = enquire.get_eset(choice.count, relevant, Xapian::Enquire::USE_EXACT_TERMFREQ, &decider);
    std::vector<Xapian::Query> parts;
    const double top = eset.empty() ? 1.0 : eset.begin().get_weight();
    for (auto it = eset.begin(); it != eset.end(); ++it) {
        out.terms.push_back(*it);
        if (const auto written = text.words_of_term.find(*it); written != text.words_of_term.end())
            out.words.emplace(*it, commonest(written->second));
        // Each term weighs as much as the expand set rates it: a rare word the items are
        // about counts more than a common one they mention.
        parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(*it), it.get_weight() / top);
    }
    if (!parts.empty()) out.like = Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
    return out;
}

}  // namespace rs::search
