#pragma once
// A minutes document as a layout family has written it, before any format: a sequence of
// blocks (title lines, header fields, a table of contents, item headings, section
// headings, paragraphs, lists, tables, page furniture). The renderers (text, Markdown,
// HTML) decide only how each kind of block is marked up, so every family can be written
// in every format its system publishes.

#include <string>
#include <vector>

namespace rs::corpus_generator {

enum class BlockKind {
    title,             ///< the document's title line(s)
    field,             ///< a header field: label and value ("Mødedato" "Mandag d. …")
    line,              ///< any other header or body line that is not prose
    contents_heading,  ///< "Indholdsfortegnelse", "Punkter på dagsordenen"
    contents_entry,    ///< one line of the contents, as the system prints it
    item_heading,      ///< "Punkt 3: …", "3. …", "Pkt. 51 …"
    section_heading,   ///< "Beslutning", "SAGSFREMSTILLING", "Beslutning i X den …"
    subheading,        ///< "Baggrund", "Økonomi" inside a section
    paragraph,         ///< prose; text renderers may wrap it
    bullets,           ///< a list: one entry per element of `lines`
    numbered,          ///< a numbered list, numbers written into the entries
    table,             ///< rows of cells
    pipe_rows,         ///< table remnants as "| a | b |" lines (text exports only)
    noise,             ///< page furniture and site chrome: "Side 2 af 4", "Tilbage til toppen"
    page_break,        ///< where a PDF-made text starts a new page
};

struct Block {
    BlockKind kind = BlockKind::paragraph;
    std::string text;                            ///< the line, heading or paragraph
    std::string label;                           ///< a field's label
    std::string separator = " ";                 ///< between a field's label and value ("", " ", ": ")
    bool value_on_next_line = false;             ///< a field written "STED" / "Hjørring Rådhus"
    std::vector<std::string> lines;              ///< list entries
    std::vector<std::vector<std::string>> rows;  ///< table cells
    int level = 2;                               ///< heading level in Markdown and HTML (1–4)
    bool emphasis = false;                       ///< bold in Markdown and HTML
};

/// How the text renderer lays a document out.
struct TextStyle {
    bool blank_lines = true;   ///< a blank line between blocks (else only before item headings)
    std::size_t wrap_width = 0;  ///< wrap paragraphs at about this width; 0 keeps one line each
    int hyphenate_percent = 0;   ///< chance of a hyphenated line end when wrapping
    const char* bullet = "- ";   ///< list marker
};

/// Where an HTML page comes from, for the site around the document.
struct SiteChrome {
    std::string page_title;      ///< the <title>
    std::string site_name;       ///< "Region Syddanmark", "Vejle Kommune"
    std::vector<std::string> breadcrumb;  ///< "Forside", "Politik", …
    std::string see_all;         ///< "Se alle dagsordener og referater for X", "" for none
    bool cookie_banner = false;
    std::string address;         ///< the footer's address line
};

struct Document {
    std::vector<Block> blocks;
    TextStyle text_style;
    SiteChrome site;
    /// Lines a text export prints before the document (a saved page's title and chrome).
    std::vector<std::string> text_preamble;

    Block& add(BlockKind kind, std::string text = {}) {
        blocks.push_back(Block{});
        blocks.back().kind = kind;
        blocks.back().text = std::move(text);
        return blocks.back();
    }
};

}  // namespace rs::corpus_generator
