#include "searchd/search/related_finder.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "schema/analysis/stemmer.hpp"
#include "schema/analysis/stop_words.hpp"
#include "schema/document_terms.hpp"
#include "schema/fields.hpp"
#include "schema/text/unicode.hpp"
#include "schema/text/words.hpp"
#include "searchd/search/item_reader.hpp"

namespace rs::search {

namespace {

/// Key terms taken from the item: enough to say what it is about, few enough that a
/// passing word does not make two items look alike.
constexpr Xapian::termcount key_term_count = 24;
/// An item of the same cluster belongs to the history when it scores at least this
/// share of what the item itself scores against its own key terms. Measured on the
/// bundled minutes: Lillebælt's and Randers' items on the same hip-fracture programme
/// score 0.57 and 0.62 of each other's own score; the next items, related only by
/// topic, 0.12 and below.
constexpr double strong_overlap = 0.3;
/// The most history items listed (a project that ran for years has many).
constexpr Xapian::doccount max_history = 30;

const schema::Facet& facet_named(std::string_view name) { return *schema::find_facet(name); }

/// What the source item says, for turning stemmed key terms back into its own words.
struct SourceText {
    std::map<std::string, std::map<std::string, unsigned>> words_of_term;  ///< "Z"+stem → word → count.
    std::set<std::string> meeting_terms;  ///< Stems of the meeting's body, forum and region.
};

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

SourceText read_source_text(const Hit& source) {
    SourceText out;
    const Xapian::Stem stem = schema::analysis::make_stemmer();
    const auto count = [&](const std::string& word) { ++out.words_of_term[stemmed_term(stem, word)][word]; };
    for_each_word(source.item.title, count);
    for (const auto& section : source.item.sections) for_each_word(section.text, count);
    for (const std::string* fact : {&source.meeting.body, &source.meeting.forum, &source.meeting.region,
                                    &source.meeting.municipality})
        for_each_word(*fact, [&](const std::string& word) { out.meeting_terms.insert(stemmed_term(stem, word)); });
    return out;
}

/// The source's commonest word for one of its stemmed terms.
std::string display_word(const SourceText& text, const std::string& term) {
    const auto found = text.words_of_term.find(term);
    if (found == text.words_of_term.end()) return term.substr(1);  // not a key term: never asked
    const auto best = std::max_element(found->second.begin(), found->second.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    return best->first;
}

/// Accepts the stems of words the item writes (not a field's copy ZS…, ZXBESL…, and
/// not a compound's part it never writes alone, which may be a fragment such as "hæng")
/// that can say what it is about: not a number or date, not a stop word, and not the
/// meeting's own body, forum or region, which every item of the meeting shares.
class KeyTermDecider final : public Xapian::ExpandDecider {
public:
    explicit KeyTermDecider(const SourceText& text) : text_(text) {}
    bool operator()(const std::string& term) const override {
        if (term.size() < 4 || !text_.words_of_term.contains(term)) return false;
        if (term.find_first_of("0123456789") != std::string::npos) return false;
        if (schema::analysis::is_stop_word(std::string_view(term).substr(1))) return false;
        return !text_.meeting_terms.contains(term);
    }

private:
    const SourceText& text_;
};

/// The key terms, best first, and the query that finds items sharing them.
struct KeyTerms {
    std::vector<std::string> terms;
    Xapian::Query like;
};

KeyTerms key_terms(const Xapian::Database& db, Xapian::docid source, const SourceText& text) {
    Xapian::RSet relevant;
    relevant.add_document(source);
    const KeyTermDecider decider(text);
    Xapian::Enquire enquire(db);
    const Xapian::ESet eset = enquire.get_eset(key_term_count, relevant, &decider);
    KeyTerms out;
    std::vector<Xapian::Query> parts;
    const double top = eset.empty() ? 1.0 : eset.begin().get_weight();
    for (auto it = eset.begin(); it != eset.end(); ++it) {
        out.terms.push_back(*it);
        // Each term weighs as much as the expand set rates it: a rare word the item is
        // about counts more than a common one it mentions.
        parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(*it), it.get_weight() / top);
    }
    out.like = Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
    return out;
}

std::vector<std::string> common_projects(const Hit& a, const Hit& b) {
    std::vector<std::string> out;
    for (const auto& project : a.item.projects)
        if (std::find(b.item.projects.begin(), b.item.projects.end(), project) != b.item.projects.end())
            out.push_back(project);
    return out;
}

RelatedItem related_item(const Xapian::Enquire& enquire, const Xapian::MSetIterator& it, const Hit& source,
                         const KeyTerms& keys, const SourceText& text) {
    RelatedItem related{read_hit(it.get_document(), it.get_weight()), {}, {}};
    const std::set<std::string> matched(enquire.get_matching_terms_begin(it), enquire.get_matching_terms_end(it));
    for (const auto& term : keys.terms)
        if (matched.contains(term)) related.shared_terms.push_back(display_word(text, term));
    related.shared_projects = common_projects(source, related.hit);
    return related;
}

Xapian::Query any_of(const std::vector<std::string>& terms) {
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

/// Terms for the things a related item may never be: the item itself, a procedural item
/// and an item of the same meeting.
std::vector<std::string> never_related(const std::string& id_term, const std::string& meeting_term) {
    std::vector<std::string> terms{id_term, schema::boolean_term(schema::procedural_prefix, "1")};
    if (!meeting_term.empty()) terms.push_back(meeting_term);
    return terms;
}

std::vector<RelatedItem> similar_elsewhere(const Xapian::Database& db, const Hit& source, const KeyTerms& keys,
                                           const SourceText& text, std::vector<std::string> excluded,
                                           unsigned limit) {
    if (!source.meeting.body.empty())
        excluded.push_back(schema::filter_term(facet_named("body"), source.meeting.body));
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_NOT, keys.like, any_of(excluded)));
    const Xapian::MSet mset = enquire.get_mset(0, limit);
    std::vector<RelatedItem> out;
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(related_item(enquire, it, source, keys, text));
    return out;
}

double own_score(const Xapian::Database& db, const KeyTerms& keys, const std::string& id_term) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, keys.like, Xapian::Query(id_term)));
    const Xapian::MSet mset = enquire.get_mset(0, 1);
    return mset.empty() ? 0.0 : mset.begin().get_weight();
}

std::vector<RelatedItem> history_in_cluster(const Xapian::Database& db, const Hit& source, const KeyTerms& keys,
                                            const SourceText& text, const std::vector<std::string>& excluded,
                                            const std::string& id_term) {
    if (source.meeting.body.empty()) return {};
    const Xapian::Query same_body(schema::filter_term(facet_named("body"), source.meeting.body));
    std::vector<std::string> project_terms;
    for (const auto& project : source.item.projects)
        project_terms.push_back(schema::filter_term(facet_named("project"), project));
    const Xapian::Query eligible(Xapian::Query::OP_AND_NOT, same_body, any_of(excluded));
    std::vector<RelatedItem> out;
    std::set<std::string> listed;
    const auto collect = [&](const Xapian::Query& query, double min_weight) {
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, eligible));
        const Xapian::MSet mset = enquire.get_mset(0, max_history);
        for (auto it = mset.begin(); it != mset.end() && out.size() < max_history; ++it) {
            if (it.get_weight() < min_weight) break;  // by weight: the rest score less
            RelatedItem related = related_item(enquire, it, source, keys, text);
            if (listed.insert(related.hit.item.id).second) out.push_back(std::move(related));
        }
    };
    // The same project counts whatever the words (every such item, ranked by the words it
    // shares); otherwise the words must overlap strongly.
    if (!project_terms.empty())
        collect(Xapian::Query(Xapian::Query::OP_AND_MAYBE, any_of(project_terms), keys.like), 0.0);
    collect(keys.like, strong_overlap * own_score(db, keys, id_term));
    std::sort(out.begin(), out.end(), [](const RelatedItem& a, const RelatedItem& b) {
        return std::tie(a.hit.meeting.date, a.hit.item.number, a.hit.item.sub) <
               std::tie(b.hit.meeting.date, b.hit.item.number, b.hit.item.sub);
    });
    return out;
}

}  // namespace

std::optional<RelatedItems> find_related(const Xapian::Database& db, std::string_view id, const RelatedRequest& request) {
    if (id.empty()) return std::nullopt;
    const std::string id_term = schema::boolean_term(schema::id_prefix, id);
    const auto posting = db.postlist_begin(id_term);
    if (posting == db.postlist_end(id_term)) return std::nullopt;
    const Xapian::Document doc = db.get_document(*posting);
    const Hit source = read_hit(doc, 0.0);
    RelatedItems related;
    if (source.item.procedural) return related;

    const SourceText text = read_source_text(source);
    const KeyTerms keys = key_terms(db, *posting, text);
    for (const auto& term : keys.terms) related.key_terms.push_back(display_word(text, term));
    if (keys.terms.empty()) return related;
    const auto excluded = never_related(id_term, schema::prefixed_term(doc, schema::meeting_prefix));
    related.similar = similar_elsewhere(db, source, keys, text, excluded, request.similar_limit);
    related.history = history_in_cluster(db, source, keys, text, excluded, id_term);
    return related;
}

}  // namespace rs::search
