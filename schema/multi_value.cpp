#include "schema/multi_value.hpp"

#include <algorithm>

namespace rs::schema {

std::string join_values(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& value : values) {
        if (!out.empty()) out += multi_value_separator;
        std::copy_if(value.begin(), value.end(), std::back_inserter(out),
                     [](char c) { return c != multi_value_separator; });
    }
    return out;
}

std::vector<std::string_view> split_values(std::string_view slot) {
    std::vector<std::string_view> values;
    while (!slot.empty()) {
        auto end = slot.find(multi_value_separator);
        values.push_back(slot.substr(0, end));
        if (end == std::string_view::npos) break;
        slot.remove_prefix(end + 1);
    }
    return values;
}

}  // namespace rs::schema
