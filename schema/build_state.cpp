#include "schema/build_state.hpp"

#include <chrono>
#include <ctime>

#include <nlohmann/json.hpp>

namespace rs::schema {

std::string encode_build_state(const BuildState& state) {
    return nlohmann::json{{"complete", state.complete},
                          {"files_total", state.files_total},
                          {"files_done", state.files_done},
                          {"started", state.started},
                          {"finished", state.finished}}
        .dump();
}

BuildState decode_build_state(std::string_view stored) {
    if (stored.empty()) return {};
    const auto json = nlohmann::json::parse(stored, nullptr, false);
    if (!json.is_object()) return BuildState{false, 0, 0, "", ""};
    BuildState state;
    state.complete = json.value("complete", false);
    state.files_total = json.value("files_total", std::uint64_t{0});
    state.files_done = json.value("files_done", std::uint64_t{0});
    state.started = json.value("started", std::string());
    state.finished = json.value("finished", std::string());
    return state;
}

std::string utc_now() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

}  // namespace rs::schema
