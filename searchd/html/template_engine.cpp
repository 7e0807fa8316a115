#include "searchd/html/template_engine.hpp"

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
constexpr std::string_view partials[] = {"_hit", "_badges", "_search_box"};

}  // namespace

std::string render_template(std::string_view name, const nlohmann::json& view) {
    const std::string file = std::string(name) + ".mustache";
    const auto text = embedded_web_file(file);
    if (!text) throw std::logic_error("no template " + file);
    // A fresh template per render: kainjow's render() is not const (it records errors in
    // the object), so one shared instance would race between request threads.
    kainjow::mustache::mustache compiled{std::string(*text)};
    if (!compiled.is_valid()) throw std::logic_error("template " + file + ": " + compiled.error_message());
    data root = to_data(view);
    for (const std::string_view partial : partials) {
        const std::string partial_file = std::string(partial) + ".mustache";
        const auto partial_text = embedded_web_file(partial_file);
        if (!partial_text) throw std::logic_error("no template " + partial_file);
        root.set(std::string(partial), data{kainjow::mustache::partial{[partial_text] { return std::string(*partial_text); }}});
    }
    std::string out = compiled.render(root);
    if (!compiled.is_valid()) throw std::logic_error("template " + file + ": " + compiled.error_message());
    return out;
}

std::string render_page(std::string_view body_template, const nlohmann::json& view, const PageFrame& frame) {
    const nlohmann::json layout{{"title", frame.title},
                                {"canonical", frame.canonical},
                                {"feed_url", frame.feed_url},
                                {"feed_title", frame.feed_title},
                                {"style_url", asset_url("style.css")},
                                {"script_url", asset_url("search.js")},
                                {"body", render_template(body_template, view)}};
    return render_template("layout", layout);
}

}  // namespace rs::html
