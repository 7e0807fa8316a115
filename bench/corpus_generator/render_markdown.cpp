#include "bench/corpus_generator/renderers.hpp"

namespace rs::corpus_generator {

namespace {

std::string hashes(int level) { return std::string(static_cast<std::size_t>(level < 1 ? 1 : level), '#') + " "; }

std::string bold(const std::string& text, bool emphasis) { return emphasis ? "**" + text + "**" : text; }

}  // namespace

void render_markdown(const Document& document, std::string& out) {
    const auto line = [&](std::string_view text) {
        out += with_italics(text, "*", "*");
        out += '\n';
    };
    bool first = true;
    for (const auto& block : document.blocks) {
        if (!first) out += '\n';
        first = false;
        switch (block.kind) {
            case BlockKind::title: line(hashes(1) + bold(block.text, block.emphasis)); break;
            case BlockKind::field:
                if (block.value_on_next_line) {
                    line("**" + block.label + "**");
                    out += '\n';
                    line(block.text);
                } else {
                    line("**" + block.label + "**" + block.separator + block.text);
                }
                break;
            case BlockKind::contents_heading: line(hashes(2) + block.text); break;
            case BlockKind::item_heading:
            case BlockKind::section_heading:
            case BlockKind::subheading: line(hashes(block.level) + bold(block.text, block.emphasis)); break;
            case BlockKind::bullets:
                for (const auto& entry : block.lines) line("- " + entry);
                break;
            case BlockKind::numbered:
                for (std::size_t i = 0; i < block.lines.size(); ++i) line(std::to_string(i + 1) + ". " + block.lines[i]);
                break;
            case BlockKind::table:
                for (std::size_t r = 0; r < block.rows.size(); ++r) {
                    std::string text = "|";
                    for (const auto& cell : block.rows[r]) text += " " + cell + " |";
                    line(text);
                    if (r == 0) {
                        std::string rule = "|";
                        for (std::size_t c = 0; c < block.rows[r].size(); ++c) rule += "---|";
                        line(rule);
                    }
                }
                break;
            case BlockKind::pipe_rows:
                for (const auto& row : block.rows) line(pipe_row(row));
                break;
            case BlockKind::page_break: break;
            default: line(block.text);
        }
    }
}

}  // namespace rs::corpus_generator
