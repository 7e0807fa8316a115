#include "indexer/parse/markup_cleaner.hpp"

#include <array>
#include <charconv>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace rs::indexer {

using schema::Regex;
using schema::to_unicode;
using schema::to_utf8;

namespace {

// The entities minutes systems actually emit; numeric entities cover the rest.
constexpr std::array<std::pair<std::string_view, std::string_view>, 42> named_entities{{
    {"amp", "&"},       {"lt", "<"},        {"gt", ">"},        {"quot", "\""},
    {"apos", "'"},      {"nbsp", " "},      {"aelig", "æ"},     {"AElig", "Æ"},
    {"oslash", "ø"},    {"Oslash", "Ø"},    {"aring", "å"},     {"Aring", "Å"},
    {"eacute", "é"},    {"Eacute", "É"},    {"egrave", "è"},    {"ndash", "–"},
    {"mdash", "—"},     {"hellip", "…"},    {"laquo", "«"},     {"raquo", "»"},
    {"ldquo", "“"},     {"rdquo", "”"},     {"bdquo", "„"},     {"lsquo", "‘"},
    {"rsquo", "’"},     {"sbquo", "‚"},     {"bull", "•"},      {"middot", "·"},
    {"sect", "§"},      {"euro", "€"},      {"copy", "©"},      {"reg", "®"},
    {"deg", "°"},       {"shy", ""},        {"uuml", "ü"},      {"ouml", "ö"},
    {"auml", "ä"},      {"Uuml", "Ü"},      {"Ouml", "Ö"},      {"Auml", "Ä"},
    {"times", "×"},     {"frac12", "½"},
}};

std::string code_point_utf8(UChar32 c) {
    if (c <= 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return {};
    char buffer[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, 4, c, error);
    return error ? std::string() : std::string(buffer, static_cast<std::size_t>(length));
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        bool is_space = c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n';
        // U+00A0 NO-BREAK SPACE and U+202F NARROW NO-BREAK SPACE
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            is_space = true;
            ++i;
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   static_cast<unsigned char>(text[i + 2]) == 0xAF) {
            is_space = true;
            i += 2;
        }
        if (is_space) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += text[i];
    }
    return out;
}

}  // namespace

std::string decode_entity(std::string_view name) {
    if (!name.empty() && name[0] == '#') {
        UChar32 value = 0;
        const char* begin = name.data() + 1;
        const char* end = name.data() + name.size();
        int base = 10;
        if (begin != end && (*begin == 'x' || *begin == 'X')) {
            ++begin;
            base = 16;
        }
        auto [ptr, ec] = std::from_chars(begin, end, value, base);
        if (ec != std::errc() || ptr != end) return {};
        return code_point_utf8(value);
    }
    for (const auto& [entity, text] : named_entities)
        if (entity == name) return std::string(text.empty() ? "\x01" : text);  // \x01: decoded to nothing
    return {};
}

std::string join_letter_spacing(std::string_view line, bool& joined) {
    joined = false;
    // Chunks are separated by two or more spaces; inside a chunk, single letters by one space.
    std::vector<std::string> words;
    std::size_t letters = 0;
    std::size_t i = 0;
    auto skip_spaces = [&] {
        std::size_t n = 0;
        while (i < line.size() && line[i] == ' ') ++i, ++n;
        return n;
    };
    skip_spaces();
    std::string word;
    while (i < line.size()) {
        int32_t pos = static_cast<int32_t>(i);
        UChar32 c;
        U8_NEXT(line.data(), pos, static_cast<int32_t>(line.size()), c);
        if (c < 0) return std::string(line);
        std::string_view letter = line.substr(i, static_cast<std::size_t>(pos) - i);
        i = static_cast<std::size_t>(pos);
        const bool trailing_colon = c == ':' && i >= line.size();
        if (!u_isalpha(c) && !trailing_colon) return std::string(line);
        word += letter;
        ++letters;
        std::size_t spaces = skip_spaces();
        if (spaces == 1 && i < line.size()) continue;
        if (spaces == 0 && i < line.size()) return std::string(line);  // two letters touch: not spaced
        words.push_back(std::move(word));
        word.clear();
    }
    if (letters < 4 || words.empty()) return std::string(line);
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    joined = true;
    return out;
}

MarkupCleaner::MarkupCleaner()
    : autolink_(R"(<((?:https?://|mailto:|www\.)[^<>\s]+)>)"),
      html_comment_(R"(<!--.*?(?:-->|$))"),
      html_tag_(R"(</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>)"),
      bold_tag_line_(R"(^\s*<(b|strong|h[1-6])\b[^<>]*>.*</\1>\s*:?\s*$)"),
      entity_(R"(&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,8});)"),
      md_heading_(R"(^\s{0,3}(#{1,6})(?:\s+|$))"),
      md_bold_line_(R"(^\s*(?:\*\*|__)(?!\s).*(?:\*\*|__)\s*:?\s*$)"),
      md_link_(R"(!?\[((?:[^\]\\]|\\.)*)\]\((?:[^()\\]|\\.)*\))"),
      md_italic_(R"((?<![\p{L}\p{N}*\\])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\p{L}\p{N}*]))"),
      md_escape_(R"(\\([\\`*_{}\[\]()#+\-.!|<>]))"),
      table_pipe_(R"(\s*\|\s*)"),
      table_rule_(R"(^[\s|:+=\-]*-{3,}[\s|:+=\-]*$)"),
      invisible_(R"([\u00AD\u200B\u200C\u200D\u2060\uFEFF])") {}

std::vector<SourceLine> MarkupCleaner::clean_lines(std::string_view text) const {
    std::vector<SourceLine> lines;
    int number = 0;
    while (true) {
        std::size_t end = text.find_first_of("\r\n");
        lines.push_back(clean_line(text.substr(0, end), ++number));
        if (end == std::string_view::npos) break;
        std::size_t next = end + 1;
        if (text[end] == '\r' && next < text.size() && text[next] == '\n') ++next;
        text.remove_prefix(next);
        if (text.empty()) break;
    }
    return lines;
}

SourceLine MarkupCleaner::clean_line(std::string_view raw, int number) const {
    SourceLine line;
    line.number = number;
    icu::UnicodeString u = to_unicode(raw);
    u = invisible_.replace_all(u, "");
    // Markup that carries meaning for structure is read before it is removed.
    line.emphasized = static_cast<bool>(bold_tag_line_.find(u));
    u = autolink_.replace_all(u, "$1");
    u = html_comment_.replace_all(u, "");
    u = html_tag_.replace_all(u, "");
    if (const auto heading = md_heading_.find(u)) {
        line.heading_level = static_cast<int>(heading.group(1).size());
        u.remove(0, heading.end());
    }
    if (md_bold_line_.find(u)) line.emphasized = true;
    u = md_link_.replace_all(u, "$1");
    u.findAndReplace("**", "");
    u.findAndReplace("__", "");
    u = md_italic_.replace_all(u, "$1");
    u = md_escape_.replace_all(u, "$1");
    if (table_rule_.find(u)) u.remove();
    u = table_pipe_.replace_all(u, " ");

    // Entities last, so that an escaped "&lt;b&gt;" stays the text "<b>".
    std::string text = to_utf8(u);
    if (text.find('&') != std::string::npos) {
        icu::UnicodeString with_entities = to_unicode(text);
        icu::UnicodeString decoded;
        int32_t last = 0;
        int32_t start = 0;
        while (const auto entity = entity_.find(with_entities, start)) {
            std::string value = decode_entity(entity.group(1));
            decoded.append(with_entities, last, entity.start() - last);
            if (value.empty()) {
                decoded.append(with_entities, entity.start(), entity.end() - entity.start());
            } else if (value != "\x01") {
                decoded.append(to_unicode(value));
            }
            last = start = entity.end();
        }
        decoded.append(with_entities, last, with_entities.length() - last);
        text = to_utf8(decoded);
    }
    std::string collapsed = collapse_whitespace(text);
    // Letter spacing is judged on the text with its single and double spaces intact.
    std::string spaced = text;
    for (char& c : spaced)
        if (c == '\t') c = ' ';
    std::string trimmed = spaced;
    trimmed.erase(0, trimmed.find_first_not_of(' '));
    trimmed.erase(trimmed.find_last_not_of(' ') + 1);
    bool joined = false;
    std::string unspaced = join_letter_spacing(trimmed, joined);
    line.letter_spaced = joined;
    line.text = joined ? unspaced : collapsed;
    return line;
}

}  // namespace rs::indexer
