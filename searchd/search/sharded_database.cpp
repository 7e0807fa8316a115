#include "searchd/search/sharded_database.hpp"

#include <algorithm>

namespace rs::search {

ShardedDatabase::ShardedDatabase(const std::vector<std::filesystem::path>& shards) {
    shards_.reserve(shards.size());
    for (const auto& path : shards) {
        shards_.emplace_back(path.string());
        all_.add_database(shards_.back());
    }
}

bool ShardedDatabase::reopen() {
    // The handles share their internals: reopening the whole reopens each shard.
    return all_.reopen();
}

std::string ShardedDatabase::revision() const {
    std::string revision;
    for (const auto& shard : shards_) {
        if (!revision.empty()) revision += ':';
        revision += std::to_string(shard.get_revision());
    }
    return revision;
}

std::string ShardedDatabase::revision_key() const {
    std::string key;
    for (const auto& shard : shards_) {
        if (!key.empty()) key += ':';
        key += shard.get_uuid() + '@' + std::to_string(shard.get_revision());
    }
    return key;
}

schema::BuildState ShardedDatabase::build_state() const {
    schema::BuildState whole;
    for (const auto& shard : shards_) {
        const auto state = schema::decode_build_state(shard.get_metadata(std::string(schema::build_state_key)));
        whole.complete = whole.complete && state.complete;
        whole.files_total += state.files_total;
        whole.files_done += state.files_done;
        // ISO 8601 UTC strings order as their times do.
        if (!state.started.empty() && (whole.started.empty() || state.started < whole.started)) whole.started = state.started;
        whole.finished = std::max(whole.finished, state.finished);
    }
    if (!whole.complete) whole.finished.clear();
    return whole;
}

}  // namespace rs::search
