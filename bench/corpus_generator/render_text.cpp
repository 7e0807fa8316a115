#include "bench/corpus_generator/danish_text.hpp"
#include "bench/corpus_generator/meeting_content.hpp"
#include "bench/corpus_generator/renderers.hpp"

namespace rs::corpus_generator {

std::string with_italics(std::string_view text, std::string_view begin, std::string_view end) {
    std::string out;
    out.reserve(text.size() + 8);
    for (char c : text) {
        if (c == italic_begin) out += begin;
        else if (c == italic_end) out += end;
        else out += c;
    }
    return out;
}

void render(const Document& document, OutputFormat format, Random& random, std::string& out) {
    switch (format) {
        case OutputFormat::text: render_text(document, random, out); return;
        case OutputFormat::markdown: render_markdown(document, out); return;
        case OutputFormat::html: render_html(document, out); return;
    }
}

void render_text(const Document& document, Random& random, std::string& out) {
    const TextStyle& style = document.text_style;
    // Stray <i> tags, as text copied out of a minutes system keeps them.
    const auto line = [&](std::string_view text) {
        out += with_italics(text, "<i>", "</i>");
        out += '\n';
    };
    for (const auto& text : document.text_preamble) line(text);
    if (!document.text_preamble.empty()) out += '\n';
    const Block* previous = nullptr;
    for (const auto& block : document.blocks) {
        // A table of contents is printed without blank lines, as the exports do.
        const bool contents_run = previous && previous->kind == BlockKind::contents_entry &&
                                  block.kind == BlockKind::contents_entry;
        if (previous && !contents_run && (style.blank_lines || block.kind == BlockKind::item_heading)) out += '\n';
        previous = &block;
        switch (block.kind) {
            case BlockKind::field:
                if (block.value_on_next_line) {
                    line(block.label);
                    line(block.text);
                } else {
                    line(block.label + block.separator + block.text);
                }
                break;
            case BlockKind::paragraph:
                if (style.wrap_width == 0) {
                    line(block.text);
                } else {
                    for (const auto& wrapped : wrap(block.text, {style.wrap_width, style.hyphenate_percent}, random))
                        line(wrapped);
                }
                break;
            case BlockKind::bullets:
                for (const auto& entry : block.lines) line(style.bullet + entry);
                break;
            case BlockKind::numbered:
                for (std::size_t i = 0; i < block.lines.size(); ++i) line(std::to_string(i + 1) + ". " + block.lines[i]);
                break;
            case BlockKind::table:
                for (const auto& row : block.rows) {
                    std::string text;
                    for (std::size_t i = 0; i < row.size(); ++i) text += (i ? "\t" : "") + row[i];
                    line(text);
                }
                break;
            case BlockKind::pipe_rows:
                for (const auto& row : block.rows) line(pipe_row(row));
                break;
            case BlockKind::page_break:
                out += '\f';
                break;
            default:
                line(block.text);
        }
    }
}

std::string pipe_row(const std::vector<std::string>& cells) {
    std::string text = "|";
    for (const auto& cell : cells) text += " " + cell + " |";
    return text;
}

}  // namespace rs::corpus_generator
