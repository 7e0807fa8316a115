#include "searchd/http/searchd_config.hpp"

#include <fstream>
#include <map>
#include <string>

#include <toml++/toml.h>

namespace rs::http {

namespace {

/// Key → the command-line flag it stands for.
const std::map<std::string, std::string>& flag_of_key() {
    static const std::map<std::string, std::string> flags = {
        {"index.path", "--index"},
        {"server.listen", "--listen"},
        {"server.threads", "--threads"},
        {"server.max_connections", "--max-connections"},
        {"server.public_url", "--public-url"},
        {"server.allowed_origins", "--allow-origin"},
        {"server.frame_ancestors", "--frame-ancestor"},
        {"log.queries", "--log-queries"},
        {"log.format", "--log-format"},
        {"admin.token", "--admin-token"},
        {"admin.token_file", "--admin-token-file"},
    };
    return flags;
}

std::string where(const std::filesystem::path& path, const toml::source_region& source, const std::string& key) {
    return path.string() + ":" + std::to_string(source.begin.line) + (key.empty() ? "" : ": " + key);
}

// A scalar as its command-line spelling; nullopt for a table or array.
std::optional<std::string> as_flag_value(const toml::node& node) {
    if (const auto* text = node.as_string()) return text->get();
    if (const auto* number = node.as_integer()) return std::to_string(number->get());
    if (const auto* flag = node.as_boolean()) return flag->get() ? "true" : "false";
    return std::nullopt;
}

}  // namespace

Parsed<SearchdOptions> read_searchd_config(const std::filesystem::path& path) {
    std::ifstream probe(path);
    if (!probe) return ParamError{path.string(), "cannot read the configuration file"};
    toml::table file;
    try {
        file = toml::parse_file(path.string());
    } catch (const toml::parse_error& e) {
        return ParamError{where(path, e.source(), ""), std::string(e.description())};
    }
    SearchdOptions options;
    for (const auto& [section_key, section] : file) {
        const std::string section_name(section_key.str());
        const auto* table = section.as_table();
        if (table == nullptr)
            return ParamError{where(path, section.source(), section_name), "expected a section such as [server]"};
        for (const auto& [key, node] : *table) {
            const std::string name = section_name + "." + std::string(key.str());
            const auto flag = flag_of_key().find(name);
            if (flag == flag_of_key().end()) return ParamError{where(path, node.source(), name), "unknown key"};
            std::vector<const toml::node*> values;
            if (const auto* array = node.as_array()) {
                if (flag->second != "--allow-origin" && flag->second != "--frame-ancestor")
                    return ParamError{where(path, node.source(), name), "expected one value, not a list"};
                for (const auto& element : *array) values.push_back(&element);
            } else {
                values.push_back(&node);
            }
            for (const toml::node* value : values) {
                const auto text = as_flag_value(*value);
                if (!text) return ParamError{where(path, value->source(), name), "expected a string, number or true/false"};
                if (auto error = apply_searchd_option(options, flag->second, *text))
                    return ParamError{where(path, value->source(), name), error->message};
            }
        }
    }
    return options;
}

}  // namespace rs::http
