#include "indexer/index/document_builder.hpp"

#include <algorithm>

#include "schema/document_data.hpp"
#include "schema/facet_values.hpp"
#include "schema/fields.hpp"
#include "schema/ids.hpp"
#include "schema/multi_value.hpp"
#include "schema/text/unicode.hpp"

namespace rs::indexer {

namespace analysis = schema::analysis;

namespace {
// Meeting facts that are not facets of the text but that people type with their words
// ("lillebælt demens"): with AND as default operator they must be findable as text.
constexpr unsigned meeting_text_weight = 1;

const schema::TextField& title_field() { return schema::text_fields.front(); }

const schema::TextField* field_of_section(const std::string& section_name) {
    for (const auto& field : schema::text_fields)
        if (!field.section.empty() && field.section == section_name) return &field;
    return nullptr;
}

const schema::TextField& tekst_field() { return *field_of_section(schema::section::tekst); }
}  // namespace

std::string indexed_id(const schema::Meeting& meeting, const schema::AgendaItem& item) {
    return item.id.empty() ? schema::item_id(meeting, item) : item.id;
}

std::string id_term(const std::string& id) { return schema::boolean_term(schema::id_prefix, id); }

std::string meeting_term(const schema::Meeting& meeting) {
    return schema::boolean_term(schema::meeting_prefix, schema::to_lower(schema::meeting_key(meeting)));
}

std::string source_term(const std::string& source) {
    return schema::boolean_term(schema::source_prefix, source);
}

DocumentBuilder::DocumentBuilder() = default;

Xapian::Document DocumentBuilder::build(const schema::Meeting& meeting, const schema::AgendaItem& item) {
    const std::string id = indexed_id(meeting, item);
    if (item.closed) throw NotIndexable("closed item " + id + " is never indexed");

    Xapian::Document doc;
    analyzer_.start_document(doc);
    index_text(meeting, item);

    doc.add_boolean_term(id_term(id));
    doc.add_boolean_term(meeting_term(meeting));
    doc.add_boolean_term(source_term(meeting.source));
    const char* procedural = item.procedural ? "1" : "0";
    doc.add_boolean_term(schema::boolean_term(schema::procedural_prefix, procedural));
    doc.add_value(schema::slot_procedural, procedural);
    add_facets(doc, meeting, item);

    if (auto date = schema::date_slot_value(meeting.date); !date.empty()) doc.add_value(schema::slot_date, date);
    doc.add_value(schema::slot_number, Xapian::sortable_serialise(item.number));
    doc.add_value(schema::slot_meeting, schema::to_lower(schema::meeting_key(meeting)));
    if (!item.sub.empty()) doc.add_value(schema::slot_sub, item.sub);

    schema::AgendaItem stored = item;
    stored.id = id;
    doc.set_data(schema::document_data(meeting, stored));
    return doc;
}

void DocumentBuilder::index_text(const schema::Meeting& meeting, const schema::AgendaItem& item) {
    analyzer_.add_field_text(item.title, title_field());
    for (const auto& section : item.sections) {
        // A section name outside the vocabulary still gets searched, as free text.
        const schema::TextField* field = field_of_section(section.name);
        analyzer_.add_field_text(section.text, field ? *field : tekst_field());
    }
    for (const std::string* text : {&item.case_number, &meeting.body, &meeting.forum, &meeting.region, &meeting.municipality})
        if (!text->empty()) analyzer_.add_plain_text(*text, meeting_text_weight);
    // A cluster is its body; the cluster is indexed apart only when it differs (never, today).
    if (!meeting.cluster.empty() && meeting.cluster != meeting.body)
        analyzer_.add_plain_text(meeting.cluster, meeting_text_weight);
}

void DocumentBuilder::add_facets(Xapian::Document& doc, const schema::Meeting& meeting,
                                 const schema::AgendaItem& item) {
    for (const auto& facet : schema::facets) {
        const auto values = schema::facet_values(facet, meeting, item);
        for (const auto& value : values) doc.add_boolean_term(schema::filter_term(facet, value));
        if (values.empty()) continue;
        doc.add_value(facet.slot, facet.multi_valued ? schema::join_values(values) : values.front());
    }
}

}  // namespace rs::indexer
