#include "bench/corpus_generator/danish_text.hpp"
#include "bench/corpus_generator/renderers.hpp"
#include "schema/text/plain_text.hpp"

namespace rs::corpus_generator {

namespace {

// The site's own menu: inside <header>/<nav>, which a reader of the page drops.
constexpr const char* site_menu[] = {"Borger", "Erhverv", "Politik", "Om os", "Job", "Kontakt"};

std::string text(std::string_view raw) { return with_italics(schema::html_escape(raw), "<i>", "</i>"); }

std::string heading_tag(int level) { return "h" + std::to_string(level < 1 ? 1 : level > 6 ? 6 : level); }

void element(std::string& out, const std::string& tag, const std::string& content, const char* attributes = "") {
    out += "<" + tag + attributes + ">" + content + "</" + tag + ">\n";
}

void chrome_before(const Document& document, std::string& out) {
    const SiteChrome& site = document.site;
    out += "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n";
    element(out, "title", schema::html_escape(site.page_title));
    out += "<link rel=\"stylesheet\" href=\"/static/site.css\">\n<script src=\"/static/site.js\"></script>\n</head>\n<body>\n";
    out += "<p class=\"skip\"><a href=\"#indhold\">Gå til indhold</a></p>\n";
    out += "<header class=\"site\">\n<a href=\"/\"><img src=\"/static/logo.svg\" alt=\"" + schema::html_escape(site.site_name) +
           " logo\"></a>\n<nav><ul>\n";
    for (const char* entry : site_menu) out += "<li><a href=\"#\">" + std::string(entry) + "</a></li>\n";
    out += "</ul></nav>\n<form role=\"search\"><input type=\"search\" placeholder=\"Søg\"><button>Søg</button></form>\n</header>\n";
    if (!site.breadcrumb.empty()) {
        std::string crumbs;
        for (std::size_t i = 0; i < site.breadcrumb.size(); ++i)
            crumbs += (i ? " › " : "") + std::string("<a href=\"#\">") + schema::html_escape(site.breadcrumb[i]) + "</a>";
        element(out, "div", crumbs, " class=\"breadcrumb\"");
    }
    if (!site.see_all.empty()) element(out, "p", "<a href=\"#\">" + schema::html_escape(site.see_all) + "</a>");
    if (site.cookie_banner)
        out += "<div class=\"cookies\"><p>Vi bruger cookies for at give dig den bedste oplevelse.</p>"
               "<button>Accepter alle cookies</button><button>Afvis</button></div>\n";
    out += "<main id=\"indhold\">\n<article class=\"referat\">\n";
}

void chrome_after(const Document& document, std::string& out) {
    out += "</article>\n<p><a href=\"#top\">Tilbage til toppen</a></p>\n</main>\n<footer>\n";
    element(out, "p", "Kontakt · Tilgængelighedserklæring · Cookies · Privatlivspolitik");
    if (!document.site.address.empty()) element(out, "p", schema::html_escape(document.site.address));
    out += "</footer>\n</body>\n</html>\n";
}

}  // namespace

void render_html(const Document& document, std::string& out) {
    chrome_before(document, out);
    bool in_contents = false;
    for (const auto& block : document.blocks) {
        if (in_contents && block.kind != BlockKind::contents_entry) {
            out += "</ul>\n";
            in_contents = false;
        }
        switch (block.kind) {
            case BlockKind::title: element(out, "h1", text(block.text)); break;
            case BlockKind::field:
                if (block.value_on_next_line) {
                    element(out, "p", "<strong>" + text(block.label) + "</strong>");
                    element(out, "p", text(block.text));
                } else {
                    element(out, "p", "<strong>" + text(block.label) + "</strong>" + text(block.separator) + text(block.text));
                }
                break;
            case BlockKind::contents_heading: element(out, "h2", text(block.text)); break;
            case BlockKind::contents_entry:
                if (!in_contents) out += "<ul class=\"punkter\">\n";
                in_contents = true;
                element(out, "li", "<a href=\"#\">" + text(block.text) + "</a>");
                break;
            case BlockKind::item_heading:
            case BlockKind::section_heading:
            case BlockKind::subheading:
                if (block.emphasis && block.kind != BlockKind::item_heading)
                    element(out, "p", "<strong>" + text(block.text) + "</strong>");
                else element(out, heading_tag(block.level), text(block.text));
                break;
            case BlockKind::bullets:
            case BlockKind::numbered: {
                const std::string tag = block.kind == BlockKind::bullets ? "ul" : "ol";
                out += "<" + tag + ">\n";
                for (const auto& entry : block.lines) element(out, "li", text(entry));
                out += "</" + tag + ">\n";
                break;
            }
            case BlockKind::table:
                out += "<table>\n";
                for (std::size_t r = 0; r < block.rows.size(); ++r) {
                    const std::string cell = r == 0 ? "th" : "td";
                    std::string cells;
                    for (const auto& value : block.rows[r]) cells += "<" + cell + ">" + text(value) + "</" + cell + ">";
                    element(out, "tr", cells);
                }
                out += "</table>\n";
                break;
            case BlockKind::pipe_rows:
                for (const auto& row : block.rows) {
                    std::string line = "|";
                    for (const auto& value : row) line += " " + value + " |";
                    element(out, "p", text(line));
                }
                break;
            case BlockKind::noise: element(out, "p", text(block.text), " class=\"noise\""); break;
            case BlockKind::page_break: break;
            default: element(out, "p", text(block.text));
        }
    }
    if (in_contents) out += "</ul>\n";
    chrome_after(document, out);
}

}  // namespace rs::corpus_generator
