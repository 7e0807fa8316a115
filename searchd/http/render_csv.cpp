#include "searchd/http/render_csv.hpp"

#include <initializer_list>

#include "schema/text/plain_text.hpp"
#include "searchd/html/comparison_view.hpp"
#include "searchd/http/links.hpp"

namespace rs::http {

namespace {

constexpr std::string_view bom = "\xEF\xBB\xBF";
constexpr std::string_view row_end = "\r\n";
/// Several values in one field (decisions, topics, projects).
constexpr std::string_view value_separator = " | ";

void append_row(std::string& out, std::initializer_list<std::string_view> fields) {
    bool first = true;
    for (const auto field : fields) {
        if (!first) out += csv_separator;
        first = false;
        out += csv_field(field);
    }
    out += row_end;
}

}  // namespace

std::string csv_field(std::string_view field) {
    std::string text(field);
    // A cell starting with = + - @ is a formula to Excel: minutes text must never run as one.
    if (!text.empty() && (text.front() == '=' || text.front() == '+' || text.front() == '-' || text.front() == '@' ||
                          text.front() == '\t' || text.front() == '\r'))
        text.insert(text.begin(), '\'');
    if (text.find_first_of(std::string{csv_separator, '"', '\n', '\r'}) == std::string::npos) return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string render_csv(const search::SearchResult& result, std::string_view base_url) {
    std::string out(bom);
    append_row(out, {"id", "permalink", "date", "body", "region", "forum", "number", "title", "type", "decisions",
                     "decision_text", "topics", "projects"});
    for (const auto& hit : result.hits) {
        const std::string link = std::string(base_url) + permalink(hit.item.id);
        const std::string number = std::to_string(hit.item.number) + hit.item.sub;
        append_row(out, {hit.item.id, link, hit.meeting.date, hit.meeting.body, hit.meeting.region,
                         hit.meeting.forum, number, hit.item.title, hit.item.type, schema::join(hit.item.decisions, value_separator),
                         hit.decision_text, schema::join(hit.item.topics, value_separator), schema::join(hit.item.projects, value_separator)});
    }
    if (result.total > result.hits.size()) {
        const std::string note = "Udtrækket er afkortet: " + std::to_string(result.hits.size()) + " af " +
                                 std::to_string(result.total) + " punkter. Afgræns søgningen for at få resten.";
        append_row(out, {"# " + note});
    }
    return out;
}

std::string render_comparison_csv(const search::Comparison& comparison) {
    std::string out(bom);
    // The table of the comparison page, headed as it is there: people open this in Excel.
    append_row(out, {"Klynge", "Første", "Seneste", "Punkter", "Beslutninger", "Seneste beslutning"});
    for (const auto& group : comparison.groups)
        append_row(out, {group.body, group.first_date, group.latest_date, std::to_string(group.items.size()),
                         html::outcome_summary(group.outcomes), schema::join(group.latest_outcome, value_separator)});
    if (comparison.truncated)
        append_row(out, {"# Sammenligningen er afkortet: den bygger på de første " +
                         std::to_string(search::SearchRequest::max_export_limit) + " af " +
                         std::to_string(comparison.total) + " punkter."});
    return out;
}

}  // namespace rs::http
