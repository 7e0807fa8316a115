#include "searchd/search/related_finder.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

#include "schema/document_terms.hpp"
#include "schema/fields.hpp"
#include "searchd/search/item_reader.hpp"
#include "searchd/search/key_terms.hpp"

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

std::vector<std::string> common_projects(const Hit& a, const Hit& b) {
    std::vector<std::string> out;
    for (const auto& project : a.item.projects)
        if (std::find(b.item.projects.begin(), b.item.projects.end(), project) != b.item.projects.end())
            out.push_back(project);
    return out;
}

RelatedItem related_item(const Xapian::Enquire& enquire, const Xapian::MSetIterator& it, const Hit& source,
                         const KeyTerms& keys) {
    RelatedItem related{read_hit(it.get_document(), it.get_weight()), {}, {}};
    const std::set<std::string> matched(enquire.get_matching_terms_begin(it), enquire.get_matching_terms_end(it));
    for (const auto& term : keys.terms)
        if (matched.contains(term)) related.shared_terms.push_back(keys.words.at(term));
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
                                           std::vector<std::string> excluded, unsigned limit) {
    if (!source.meeting.body.empty())
        excluded.push_back(schema::filter_term(facet_named("body"), source.meeting.body));
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_NOT, keys.like, any_of(excluded)));
    const Xapian::MSet mset = enquire.get_mset(0, limit);
    std::vector<RelatedItem> out;
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(related_item(enquire, it, source, keys));
    return out;
}

double own_score(const Xapian::Database& db, const KeyTerms& keys, const std::string& id_term) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, keys.like, Xapian::Query(id_term)));
    const Xapian::MSet mset = enquire.get_mset(0, 1);
    return mset.empty() ? 0.0 : mset.begin().get_weight();
}

std::vector<RelatedItem> history_in_cluster(const Xapian::Database& db, const Hit& source, const KeyTerms& keys,
                                            const std::vector<std::string>& excluded, const std::string& id_term) {
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
            RelatedItem related = related_item(enquire, it, source, keys);
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

    KeyTermChoice choice;
    choice.count = key_term_count;
    const KeyTerms keys = key_terms(db, {*posting}, choice);
    for (const auto& term : keys.terms) related.key_terms.push_back(keys.words.at(term));
    if (keys.terms.empty()) return related;
    const auto excluded = never_related(id_term, schema::prefixed_term(doc, schema::meeting_prefix));
    related.similar = similar_elsewhere(db, source, keys, excluded, request.similar_limit);
    related.history = history_in_cluster(db, source, keys, excluded, id_term);
    return related;
}

}  // namespace rs::search
