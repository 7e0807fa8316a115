#include "searchd/http/query_string.hpp"

#include "schema/text/unicode.hpp"

namespace rs::http {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool is_unreserved_or_slash(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~' || c == '/';
}

// A name as it may be echoed in an error: the raw text when it cannot be decoded, which is
// still safe because the JSON writer replaces any invalid UTF-8 it is given.
std::string display_name(std::string_view raw_name) {
    if (auto decoded = percent_decode(raw_name, true); decoded && schema::is_valid_utf8(*decoded))
        return *decoded;
    return std::string(raw_name);
}

}  // namespace

Target split_target(std::string_view target) {
    const auto question = target.find('?');
    if (question == std::string_view::npos) return {target, {}};
    return {target.substr(0, question), target.substr(question + 1)};
}

std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size()) return std::nullopt;  // needs two more characters
            const int high = hex_value(text[i + 1]);
            const int low = hex_value(text[i + 2]);
            if (high < 0 || low < 0) return std::nullopt;
            out.push_back(static_cast<char>(high * 16 + low));
            i += 2;
        } else if (c == '+' && plus_is_space) {
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

Parsed<std::vector<QueryParam>> parse_query_string(std::string_view query) {
    std::vector<QueryParam> params;
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view piece = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        if (piece.empty()) continue;

        const auto eq = piece.find('=');
        const std::string_view raw_name = piece.substr(0, eq);
        const std::string_view raw_value = eq == std::string_view::npos ? std::string_view{} : piece.substr(eq + 1);

        auto name = percent_decode(raw_name, true);
        if (!name)
            return ParamError{std::string(raw_name), "parameter name contains a malformed %-escape (expected %XY with hex digits)"};
        if (!schema::is_valid_utf8(*name))
            return ParamError{std::string(raw_name), "parameter name is not valid UTF-8 after percent-decoding"};
        auto value = percent_decode(raw_value, true);
        if (!value)
            return ParamError{display_name(raw_name), "value contains a malformed %-escape (expected %XY with hex digits)"};
        if (!schema::is_valid_utf8(*value))
            return ParamError{*name, "value is not valid UTF-8 after percent-decoding"};
        if (name->empty() && value->empty()) continue;  // a bare "=": nothing was said
        params.push_back({std::move(*name), std::move(*value)});
    }
    return params;
}

Parsed<std::string> decode_path(std::string_view path, std::string_view what) {
    auto decoded = percent_decode(path, false);
    if (!decoded)
        return ParamError{std::string(what), "path contains a malformed %-escape (expected %XY with hex digits)"};
    if (!schema::is_valid_utf8(*decoded))
        return ParamError{std::string(what), "path is not valid UTF-8 after percent-decoding"};
    return std::move(*decoded);
}

namespace {
std::string percent_encode(std::string_view text, bool keep_slash) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (is_unreserved_or_slash(byte) && (keep_slash || c != '/')) {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(hex[byte >> 4]);
            out.push_back(hex[byte & 0x0F]);
        }
    }
    return out;
}
}  // namespace

std::string percent_encode_path(std::string_view text) { return percent_encode(text, true); }

std::string percent_encode_component(std::string_view text) { return percent_encode(text, false); }

}  // namespace rs::http
