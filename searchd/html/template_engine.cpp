#include "searchd/html/template_engine.hpp"

#include <map>
#include <memory>
#include <stdexcept>

#include <kainjow/mustache.hpp>

#include "searchd/html/assets.hpp"
#include "searchd/html/embedded_web.hpp"

namespace rs::html {

namespace {

using kainjow::mustache::data;

// C0 control characters other than tab and line breaks are invalid in XML (the feed) and
// meaningless in HTML; minutes converted from PDF sometimes carry form feeds.
std::string without_control_characters(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
    return out;
}

data to_data(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::object: {
            data object{data::type::object};
            for (const auto& [key, member] : value.items()) object.set(key, to_data(member));
            return object;
        }
        case nlohmann::json::value_t::array: {
            data list{data::type::list};
            for (const auto& member : value) list.push_back(to_data(member));
            return list;
        }
        case nlohmann::json::value_t::string: {
            const auto& text = value.get_ref<const std::string&>();
            return text.empty() ? data{false} : data{without_control_characters(text)};
        }
        case nlohmann::json::value_t::boolean: return data{value.get<bool>()};
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned:
        case nlohmann::json::value_t::number_float: return data{value.dump()};
        default: return data{false};
    }
}

/// Templates other templates include as {{> _name}}: templates/_name.mustache.
constexpr std::string_view partials[] = {"_hit", "_badges", "_search_box", "_comparison", "_timeline"};

std::string template_text(std::string_view file) {
    const auto text = embedded_web_file(file);
    if (!text) throw std::logic_error("no template " + std::string(file));
    return std::string(*text);
}

// The template with every {{> _partial}} replaced by the partial's text, recursively:
// kainjow parses a partial anew at each use (once per hit in a list), so partials are
// spliced in once, when the template is first compiled.
std::string with_partials(std::string text, int depth = 0) {
    if (depth > 8) throw std::logic_error("templates include each other too deeply");
    for (const std::string_view partial : partials) {
        std::string tag = "{{> ";
        tag.append(partial).append("}}");
        auto at = text.find(tag);
        if (at == std::string::npos) continue;
        const std::string body = with_partials(template_text(std::string(partial) + ".mustache"), depth + 1);
        for (; at != std::string::npos; at = text.find(tag, at + body.size())) text.replace(at, tag.size(), body);
    }
    return text;
}

// One compiled instance per template and thread: kainjow's render() is not const (it
// records errors in the object), so an instance is never shared between request threads.
kainjow::mustache::mustache& compiled(const std::string& file) {
    thread_local std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>, std::less<>> cache;
    auto it = cache.find(file);
    if (it == cache.end()) {
        auto made = std::make_unique<kainjow::mustache::mustache>(with_partials(template_text(file)));
        if (!made->is_valid()) throw std::logic_error("template " + file + ": " + made->error_message());
        it = cache.emplace(file, std::move(made)).first;
    }
    return *it->second;
}

}  // namespace

std::string render_template(std::string_view name, const nlohmann::json& view) {
    const std::string file = std::string(name) + ".mustache";
    auto& engine = compiled(file);
    std::string out = engine.render(to_data(view));
    if (!engine.is_valid()) throw std::logic_error("template " + file + ": " + engine.error_message());
    return out;
}

std::string render_page(std::string_view body_template, const nlohmann::json& view, const PageFrame& frame) {
    const nlohmann::json layout{{"title", frame.title},
                                {"canonical", frame.canonical},
                                {"feed_url", frame.feed_url},
                                {"feed_title", frame.feed_title},
                                {"notice", frame.notice},
                                {"style_url", asset_url("style.css")},
                                {"archive_style_url", asset_url("archive.css")},
                                {"script_url", asset_url("search.js")},
                                {"suggest_url", asset_url("suggest.js")},
                                {"copy_link_url", asset_url("copy_link.js")},
                                {"body", render_template(body_template, view)}};
    return render_template("layout", layout);
}

}  // namespace rs::html
