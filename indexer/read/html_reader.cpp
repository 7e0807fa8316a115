#include "indexer/read/html_reader.hpp"

#include <algorithm>
#include <cctype>
#include <memory>

#include <gumbo.h>

#include "indexer/parse_error.hpp"
#include "indexer/read/text_decoder.hpp"

namespace rs::indexer {

namespace {

constexpr std::size_t charset_window = 4096;

// Elements that are page furniture, not minutes: never read, nor anything inside them.
bool is_dropped(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
        case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
        case GUMBO_TAG_HEAD:  // its <title> is read on its own
            return true;
        default:
            return false;
    }
}

// Elements that stand on lines of their own.
bool is_block(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
        case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TR: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
        case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION: case GUMBO_TAG_DETAILS:
        case GUMBO_TAG_SUMMARY: case GUMBO_TAG_BODY:
            return true;
        default:
            return false;
    }
}

bool is_cell(GumboTag tag) { return tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH; }

/// Collects lines: text is appended to the current line with whitespace collapsed
/// (except inside <pre>); a block boundary ends the line.
class LineCollector {
public:
    void text(std::string_view chunk, bool preformatted) {
        for (char c : chunk) {
            if (preformatted && c == '\n') {
                end_line();
            } else if (!preformatted && std::isspace(static_cast<unsigned char>(c))) {
                pending_space_ = !line_.empty();
            } else {
                if (pending_space_) line_.push_back(' ');
                pending_space_ = false;
                line_.push_back(c);
            }
        }
    }
    void separator(char c) {
        if (line_.empty()) return;
        line_.push_back(c);
        pending_space_ = false;
    }
    void end_line() {
        while (!line_.empty() && (line_.back() == ' ' || line_.back() == '\t')) line_.pop_back();
        if (!line_.empty()) {
            // A blank line between blocks, as in the text exports the parser knows best.
            if (!out_.empty()) out_.append("\n\n");
            out_.append(line_);
        }
        line_.clear();
        pending_space_ = false;
    }
    std::string take() {
        end_line();
        return std::move(out_);
    }

private:
    std::string out_;
    std::string line_;
    bool pending_space_ = false;
};

void walk(const GumboNode* node, LineCollector& lines, bool preformatted) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        lines.text(node->v.text.text, preformatted);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
    const GumboTag tag = node->v.element.tag;
    if (is_dropped(tag)) return;
    if (tag == GUMBO_TAG_BR) {
        lines.end_line();
        return;
    }
    const bool block = is_block(tag);
    if (block) lines.end_line();
    const bool pre = preformatted || tag == GUMBO_TAG_PRE;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) walk(static_cast<const GumboNode*>(children.data[i]), lines, pre);
    if (is_cell(tag)) lines.separator('\t');
    if (block) lines.end_line();
}

const GumboNode* find_element(const GumboNode* node, GumboTag wanted) {
    if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
    if (node->v.element.tag == wanted) return node;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        if (const GumboNode* found = find_element(static_cast<const GumboNode*>(children.data[i]), wanted)) return found;
    return nullptr;
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace

std::string declared_charset(std::string_view bytes) {
    const std::string head = lower_ascii(bytes.substr(0, charset_window));
    const std::size_t at = head.find("charset=");
    if (at == std::string::npos) return "";
    std::size_t begin = at + 8;
    while (begin < head.size() && (head[begin] == '"' || head[begin] == '\'' || head[begin] == ' ')) ++begin;
    std::size_t end = begin;
    while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
                                 head[end] == '_' || head[end] == ':' || head[end] == '.'))
        ++end;
    return head.substr(begin, end - begin);
}

SourceText read_html(std::string_view bytes, const std::string& source) {
    const std::string charset = declared_charset(bytes);
    DecodedText decoded = decode_text(bytes, source, charset);
    std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> page(
        gumbo_parse_with_options(&kGumboDefaultOptions, decoded.text.data(), decoded.text.size()),
        [](GumboOutput* output) { gumbo_destroy_output(&kGumboDefaultOptions, output); });
    LineCollector lines;
    if (const GumboNode* title = find_element(page->root, GUMBO_TAG_TITLE)) {
        walk(title, lines, false);
        lines.end_line();
    }
    walk(page->root, lines, false);
    std::string text = lines.take();
    if (text.empty()) throw ParseError(source, 0, "an HTML page without text (only markup, scripts or navigation)");
    SourceText out{std::move(text), SourceFormat::html, "html (gumbo)", decoded.encoding, {}};
    if (!charset.empty()) out.notes.push_back("the page declares charset " + charset);
    return out;
}

}  // namespace rs::indexer
